using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A word processor's footer on every page, "Name's Resume · updated: 2024-08-02 · page: 1/2": the date it
/// was last updated is part of the running footer, not a number to call, so it is no item of the job above it.</summary>
public sealed class DatedFooterTests
{
    private const double Left = 36;

    [Fact]
    public void A_footer_giving_the_date_of_the_last_update_is_no_item_of_the_last_job_on_the_page()
    {
        var resume = Read(TwoPagesUnderOneFooter());

        Assert.Equal(["Brightwater Optics", "Calder Aerospace"], resume.Work.Select(w => w.Name));
        Assert.DoesNotContain(resume.Work.SelectMany(w => w.Highlights), h => h.Contains("2024", StringComparison.Ordinal));
        Assert.Equal(3, resume.Work[0].Highlights.Count);
    }

    private static byte[] TwoPagesUnderOneFooter()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Footer(int page)
            {
                c.Draw("Oren Vasquez' Resume", 60, 12, y: 800);
                c.Draw("updated: 2024-08-02", 256, 12, y: 800);
                c.Draw($"page: {page}/2", 480, 12, y: 800);
            }
            c.Draw("Oren Vasquez", 230, 18, bold: true, y: 50);
            c.Draw("oren.vasquez@example.com, 971-555-0126", Left, 12, y: 80);
            c.Y = 130;
            c.Draw("Professional Experience", 220, 14, bold: true);
            c.Y += 24;
            c.Draw("Optical Engineer, Brightwater Optics", Left, 14, bold: true, italic: true);
            c.Y += 20;
            c.Draw("Oct. 2021 – July 2023", Left, 12);
            c.Y += 18;
            string[] items = ["Designed cameras and calibration rigs", "Wrote the system specifications with the customers", "Halved the size of two instruments"];
            foreach (var item in items)
            {
                c.Draw("•", Left + 18, 12);
                c.Draw(item, Left + 36, 12);
                c.Y += 14;
            }
            Footer(1);
            c.NewPage();
            c.Y = 44;
            c.Draw("Design Engineer, Calder Aerospace", Left, 14, bold: true, italic: true);
            c.Y += 20;
            c.Draw("Jan. 2017 – Mar. 2019", Left, 12);
            c.Y += 18;
            c.Draw("•", Left + 18, 12);
            c.Draw("Kept the top-level assembly of the satellite", Left + 36, 12);
            c.Y += 30;
            c.Draw("Education", 250, 14, bold: true);
            c.Y += 24;
            c.Draw("Portland State University, Sep. 2013 – Jun. 2016", Left, 12);
            c.Y += 16;
            c.Draw("B.S. Mechanical Engineering", Left + 36, 12);
            Footer(2);
        }
        return document.ToBytes();
    }
}
