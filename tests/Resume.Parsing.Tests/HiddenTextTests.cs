using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV saved from a word processor that leaves markers in white after each heading ("EXPERIENCEa\a\"): the page shows
/// only the heading, so the parser reads only the heading. A name set in white on a dark banner is seen and stays.
/// </summary>
public sealed class HiddenTextTests
{
    [Fact]
    public void White_letters_on_the_white_page_are_not_read_and_white_on_a_dark_banner_is()
    {
        const double left = 50;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var g = c.Graphics;
            g.DrawRectangle(XBrushes.DarkSlateBlue, 0, 0, 595, 95);
            g.DrawString("Marit Olsvik", PdfCanvas.Font(24, bold: true), XBrushes.White, left, 60, XStringFormats.BaseLineLeft);
            c.Y = 125;
            c.Draw("marit.olsvik@example.no  |  +47 912 44 018", left, 10);
            c.Advance(40);
            foreach (var (heading, rows) in new[]
            {
                ("EXPERIENCE", new[] { ("2019 – 2023", "Norrvik Water Board, Field Technician"), ("2016 – 2019", "Halden Soil Trust, Sampling Assistant") }),
                ("EDUCATION", new[] { ("2012 – 2016", "University of Tromsø, Bachelor of Science, Ecology") }),
            })
            {
                var end = c.Draw(heading, left, 13, bold: true);
                g.DrawString("a\\a\\", PdfCanvas.Font(7), XBrushes.White, end, c.Y, XStringFormats.BaseLineLeft);
                c.Advance(20);
                foreach (var (dates, text) in rows)
                {
                    c.Draw(dates, left, 10.5);
                    c.Draw(text, left + 90, 10.5);
                    c.Advance(16);
                }
                c.Advance(16);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal("Marit Olsvik", resume.Basics.Name);
        Assert.Equal(2, resume.Work.Count);
        Assert.Contains(resume.Work, w => w.Name == "Halden Soil Trust");
        Assert.Single(resume.Education);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(2100, false)]
    public void White_letters_are_judged_unless_thousands_of_shapes_would_make_the_judging_cost_more_than_the_page(int shapes, bool judged)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var g = c.Graphics;
            // Tiny marks in the page's bottom corner: none lies under the text, so only their number decides.
            for (var i = 0; i < shapes; i++)
            {
                g.DrawRectangle(XBrushes.LightGray, 5 + i % 50 * 0.4, 820 + i / 50 * 0.4, 0.3, 0.3);
            }
            c.Draw("Ana Ribeiro", 50, 20, bold: true);
            c.Advance(30);
            var line = string.Concat(Enumerable.Repeat("keyword ", 12));
            for (var row = 0; row < 20; row++)
            {
                g.DrawString(line, PdfCanvas.Font(8), XBrushes.White, 50, c.Y, XStringFormats.BaseLineLeft);
                c.Advance(10);
            }
        }
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(document.ToBytes());
        var page = pdf.GetPage(1);
        var white = page.Letters.Last(l => l.Value == "k"); // "Ana Ribeiro" has no k: this is a white one

        var hidden = Extraction.Pdf.HiddenText.Finder(page);

        Assert.Equal(judged, hidden is not null && hidden(white));
    }
}
