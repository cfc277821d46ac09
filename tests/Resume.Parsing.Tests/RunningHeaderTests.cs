using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A name set in the page header of a Word template repeats over every page; where the layout table is too tall
/// to fit under the contact, the first page holds the header and the contact only, and the body starts on page two under
/// the repeated name.</summary>
public sealed class RunningHeaderTests
{
    private const double Left = 50;

    [Fact]
    public void A_name_repeated_over_each_page_when_the_first_page_holds_no_heading_is_read_once()
    {
        var resume = Read(HeaderOverEveryPage());

        Assert.Equal("THANDI OKORO", resume.Basics.Name);
        Assert.DoesNotContain("OKORO", resume.Basics.Summary ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("OKORO", resume.Basics.Label ?? "", StringComparison.Ordinal);
        Assert.Equal("thandi.okoro@example.com", resume.Basics.Email);
        Assert.Equal(["Juniper Systems", "Bluefin Partners"], resume.Work.Select(w => w.Name));
    }

    private static byte[] HeaderOverEveryPage()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Header()
            {
                c.Draw("THANDI OKORO", Left, 20, bold: true, y: 48);
                c.Draw("Financial Controller", Left, 11, y: 72);
            }
            Header();
            c.Draw("thandi.okoro@example.com", Left, 10.5, y: 102);
            c.Draw("01382 506798", Left, 10.5, y: 116);
            c.Draw("Dundee, Scotland", Left, 10.5, y: 130);

            c.NewPage();
            Header();
            c.Y = 110;
            // The profile's label cell is set lower than its text: the page opens with the text.
            c.Draw("Financial controller with eight years of month-end close and audit work, who likes", Left, 10.5);
            c.Y += 13;
            c.Draw("turning slow month-end routines into dependable systems.", Left, 10.5);
            c.Y += 30;
            c.Draw("Experience", Left, 14, bold: true);
            c.Y += 20;
            foreach (var (employer, title, dates) in new[] { ("Juniper Systems", "Financial Controller", "07/2023 - Present"), ("Bluefin Partners", "Accounting Manager", "01/2019 - 06/2023") })
            {
                c.Draw(employer, Left, 10.5);
                c.DrawRight(dates, 540, 10.5);
                c.Y += 14;
                c.Draw(title, Left, 10.5);
                c.Y += 14;
                c.Draw("• Led the audit of a subsidiary with no findings", Left + 12, 10.5);
                c.Y += 14;
                c.Draw("• Shortened the month-end close from ten days to six", Left + 12, 10.5);
                c.Y += 24;
            }
            c.Draw("Education", Left, 14, bold: true);
            c.Y += 20;
            c.Draw("University of Stirling", Left, 10.5);
            c.DrawRight("09/2011 - 06/2015", 540, 10.5);
            c.Y += 14;
            c.Draw("BAcc, Accounting", Left, 10.5);

            c.NewPage();
            Header();
        }
        return document.ToBytes();
    }
}
