using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word template that repeats its banner (the name set large, the title and site under it) at the top of
/// every page, a point or two higher on the later pages: the banner over page two is no item of the job that ends
/// page one.</summary>
public sealed class RunningNameHeaderTests
{
    [Fact]
    public void A_large_banner_repeated_over_the_next_page_is_no_item_of_the_last_job()
    {
        var resume = Read(TwoPagesUnderOneBanner());

        var job = Assert.Single(resume.Work);
        Assert.Equal(["Digitised the crime locations of three years", "Georeferenced the scanned maps"], job.Highlights);
    }

    private static byte[] TwoPagesUnderOneBanner()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            void Banner(double top)
            {
                c.Draw("TAMSIN ROWE", 340, 25, bold: true, y: top);
                c.Draw("CARTOGRAPHER | TAMSINMAPS.EXAMPLE.COM", 292, 11, bold: true, y: top + 28);
            }
            Banner(84);
            c.Draw("tamsin.rowe@example.com | 952-555-0190", 50, 10, y: 140);
            c.Y = 190;
            c.Draw("EXPERIENCE", 50, 16, bold: true);
            c.Y += 30;
            c.Draw("GIS INTERN • LAKE COUNTY POLICE • JAN 2013 – MAY 2013", 50, 11, bold: true);
            c.Y += 18;
            foreach (var item in new[] { "Digitised the crime locations of three years", "Georeferenced the scanned maps" })
            {
                c.Draw("•", 68, 11);
                c.Draw(item, 86, 11);
                c.Y += 15;
            }
            c.NewPage();
            Banner(82);
            c.Y = 190;
            c.Draw("EDUCATION", 50, 16, bold: true);
            c.Y += 30;
            c.Draw("BACHELOR OF SCIENCE, GEOGRAPHY • 2010 – 2013 • RIVER FALLS STATE UNIVERSITY", 50, 11, bold: true);
        }
        return document.ToBytes();
    }
}
