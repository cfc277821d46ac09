using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A typeset resume sets the date, the name and the word "Résumé" at the foot of every page, the first too:
/// on the first page it is no entry of the section it closes.</summary>
public sealed class RunningFooterTests
{
    private const double Left = 50;

    [Fact]
    public void A_footer_repeated_at_the_foot_of_every_page_is_no_entry_on_the_first_page()
    {
        var resume = Read(FooterUnderEveryPage());

        Assert.Equal(["Harrow Field Museum", "Coastline Archaeology Trust", "Westmarch Heritage Society"], resume.Work.Select(w => w.Name));
        Assert.DoesNotContain(resume.Work, w => (w.Position ?? "").Contains("sum", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("2019-03", resume.Work[1].StartDate);
    }

    private static byte[] FooterUnderEveryPage()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Footer(int page)
            {
                c.Draw("MARCH 4, 2024", Left, 8, y: 808);
                c.Draw("ILSE MARWOOD · RÉSUMÉ", 250, 8, y: 808);
                c.DrawRight(page.ToString(System.Globalization.CultureInfo.InvariantCulture), 560, 8, y: 808);
            }
            c.Draw("Ilse Marwood", Left, 22, bold: true, y: 50);
            c.Draw("ilse.marwood@example.org | +44 7700 900412 | Exeter, UK", Left, 10, y: 78);
            c.Y = 120;
            c.Draw("Work Experience", Left, 14, bold: true);
            c.Y += 22;
            var jobs = new[]
            {
                ("Harrow Field Museum", "COLLECTIONS OFFICER", "2021 - Present"),
                ("Coastline Archaeology Trust", "FIELD ARCHAEOLOGIST", "2019 - 2021"),
                ("Westmarch Heritage Society", "HERITAGE GUIDE", "2016 - 2019"),
            };
            for (var k = 0; k < jobs.Length; k++)
            {
                var (employer, title, dates) = jobs[k];
                if (k == 2)
                {
                    Footer(1);
                    c.NewPage();
                    c.Y = 60;
                }
                c.Draw(employer, Left, 10.5, bold: true);
                c.DrawRight("Devon, UK", 560, 10.5);
                c.Y += 14;
                c.Draw(title, Left, 8.5);
                c.DrawRight(k == 1 ? "MAR 2019 - 2021" : dates, 560, 8.5);
                c.Y += 14;
                for (var b = 0; b < 14; b++)
                {
                    c.Draw("• Catalogued finds and wrote the condition reports for loans to partner museums", Left + 10, 9.5);
                    c.Y += 13;
                }
                c.Y += 12;
            }
            c.Y += 10;
            c.Draw("Education", Left, 14, bold: true);
            c.Y += 22;
            c.Draw("University of Exeter", Left, 10.5, bold: true);
            c.DrawRight("2012 - 2016", 560, 10.5);
            c.Y += 14;
            c.Draw("B.A. IN ARCHAEOLOGY", Left, 8.5);
            Footer(2);
        }
        return document.ToBytes();
    }
}
