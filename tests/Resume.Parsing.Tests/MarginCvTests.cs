using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A TeX CV class's page (moderncv's fancier themes): section headings set flush right in a left margin against a rule,
/// each beside its section's first line; every word placed with no space drawn; an entry's line of title and employer
/// justified, so its word gaps stretch, each font by its own amount; a narrow dates cell set flush right whose range
/// wraps over the entry's first rows.
/// </summary>
public sealed class MarginCvTests
{
    private static readonly double[] Plain = [0.33];

    [Fact]
    public void A_heading_wrapped_in_a_flush_right_margin_beside_an_entrys_first_lines_opens_its_section_there()
    {
        var resume = Read(MarginCv(["Professional", "Experience"], Plain));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Frontend Developer", "Marigold Capital Corp.", "2021-10"), (job.Position, job.Name, job.StartDate));
        Assert.Equal(2, job.Highlights.Count);
    }

    [Fact]
    public void A_justified_entry_lines_gaps_stretched_either_side_of_a_cell_gap_are_word_gaps()
    {
        // The bold title's gaps stretch past three quarters of an em, the italic employer's stay just under.
        var resume = Read(MarginCv(["Experience"], [0.753, 0.772, 0.684, 0.685]));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Frontend Developer", "Marigold Capital Corp.", "2021-10"), (job.Position, job.Name, job.StartDate));
    }

    [Theory]
    [InlineData("November|2022 –|Present", "2022-11", null)]
    [InlineData("Apr–Aug|2022", "2022-04", "2022-08")]
    [InlineData("sept. 2021 – juin|2022", "2021-09", "2022-06")]
    [InlineData("Okt. 2021 – März|2022", "2021-10", "2022-03")]
    public void A_date_range_wrapped_over_the_rows_of_a_flush_right_dates_cell_is_the_entrys_dates(string firstDates, string start, string? end)
    {
        // A sidebar of contacts beside a main column whose entries open with a narrow dates cell set flush right: the
        // month alone over the year and dash over the end, or the months over their year, beside the title and the
        // entry's first items.
        const double side = 30, cellRight = 250, what = 262;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            var y = c.Y;
            foreach (var text in new[] { "CONTACT", "emile.adeyemi@example.com", "+49 341 555 0182", "Leipzig, Saxony", "", "SKILLS", "Kubeflow", "Docker", "Python", "SQL" })
            {
                c.Draw(text, side, text == text.ToUpperInvariant() && text.Any(char.IsLetter) ? 11 : 9, y: y);
                y += 14;
            }
            c.Draw("Émile Adeyemi", 200, 20, bold: true);
            c.Advance(24);
            c.Draw("EXPERIENCE", 200, 12, bold: true);
            c.Advance(18);
            foreach (var (dates, title, employer) in new[]
            {
                (firstDates.Split('|'), "Applied Scientist", "Granite Logistics"),
                (new[] { "August", "2018 –", "August 2022" }, "Research Scientist", "Cinder Retail Pty Ltd"),
            })
            {
                for (var i = 0; i < dates.Length; i++)
                {
                    c.Draw(dates[i], cellRight - c.Width(dates[i], 8.5), 8.5, y: c.Y + i * 12);
                }
                c.Draw(title, what, 10, bold: true);
                c.Advance(12);
                c.Draw(employer, what, 10);
                c.Advance(12);
                c.Paragraph("Reduced false positives in fraud detection by 61% with gradient boosting", what + 10, 290, 10, bullet: "•", leading: 12);
                c.Advance(8);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("Granite Logistics", "Applied Scientist", start, end), ("Cinder Retail Pty Ltd", "Research Scientist", "2018-08", "2022-08")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }

    private static byte[] MarginCv(string[] workHeading, double[] titleGaps)
    {
        const double rule = 160, main = 174, right = 530, size = 10.9, headingSize = 12.7, leading = 13.5;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 80))
        {
            double Words(string text, double x, double textSize, double[] gaps, bool bold = false, double? y = null)
            {
                var words = text.Split(' ');
                for (var i = 0; i < words.Length; i++)
                {
                    x = c.Draw(words[i], x, textSize, bold, y) + gaps[Math.Min(i, gaps.Length - 1)] * textSize;
                }
                return x;
            }
            double Width(string text, double textSize) =>
                text.Split(' ').Sum(w => c.Width(w, textSize)) + (text.Split(' ').Length - 1) * 0.33 * textSize;
            void FlushRight(string text, double textSize, double y) => Words(text, rule - 5 - Width(text, textSize), textSize, Plain, y: y);
            void Heading(string[] lines)
            {
                for (var i = 0; i < lines.Length; i++)
                {
                    FlushRight(lines[i], headingSize, c.Y + i * leading);
                }
            }
            void Dates(string text) => Words(text, right - Width(text, size), size, Plain);

            Words("Émile Soto", main, 28, Plain);
            FlushRight("Toronto", 10, c.Y - 12);
            FlushRight("emile.soto@proton.me", 10, c.Y);
            c.Advance(50);

            Heading(workHeading);
            double Gap(int i) => titleGaps[Math.Min(i, titleGaps.Length - 1)];
            var x = Words("Frontend Developer,", main, size, [Gap(0), Gap(1)], bold: true);
            Words("Marigold Capital Corp.,", x, size, [Gap(2), Gap(3)]);
            Dates("Oct 2021 – Jan 2025");
            c.Advance(leading);
            Words("Toronto, ON.", main, size, Plain);
            c.Advance(leading);
            foreach (var bullet in new[] { "Led the migration of 90 screens from AngularJS to React", "Rebuilt the design system and cut UI defects by 18%" })
            {
                Words("•", main + 4, size, Plain);
                Words(bullet, main + 14, 10, Plain);
                c.Advance(12);
            }
            c.Advance(20);

            Heading(["Education"]);
            Words("B.Com, Computer Science,", main, size, Plain, bold: true);
            Dates("Sep 2017 – Jun 2021");
            c.Advance(leading);
            Words("University of Toronto.", main, size, Plain);
            c.Advance(leading + 20);

            Heading(["Technical Skills"]);
            Words("Languages: TypeScript, JavaScript, Sass", main, size, Plain);
            c.Advance(leading);
        }
        return document.ToBytes();
    }
}
