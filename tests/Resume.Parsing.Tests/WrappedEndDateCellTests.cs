using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// An entry laid out as a table whose narrow last column holds the dates, set flush right: a range too long for it
/// wraps there ("Mar 2021 –" over "Present"), the second piece alone on the line below, above the entry's bullets.
/// </summary>
public sealed class WrappedEndDateCellTests
{
    [Fact]
    public void A_range_wrapped_in_the_dates_cell_at_the_end_of_an_entry_line_keeps_its_end_and_adds_no_bullet()
    {
        var resume = Read(Page());

        Assert.Equal(
            [("Hollins Dairy", "2021-03", null, 2), ("Brackwater Mills", "2016-09", "2021-02", 1), ("Tessaly Foods", "2014-05", "2016-08", 1)],
            resume.Work.Select(w => (w.Name!, w.StartDate!, w.EndDate, w.Highlights.Count)));
        Assert.DoesNotContain(resume.Work.SelectMany(w => w.Highlights), h => h.Contains("Present", StringComparison.Ordinal));
    }

    private static byte[] Page()
    {
        const double left = 54, text = 9.5, heading = 12, right = 558;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Idris Fenwick", left, 17, bold: true);
            c.Advance(16);
            c.Draw("idris.fenwick@example.com · +44 7700 900415 · Leeds, UK", left, text);
            c.Advance(26);
            c.Draw("Experience", left, heading, bold: true);
            c.Advance(18);
            void Entry(string title, string from, string to, double shortBy, params string[] bullets)
            {
                c.Draw(title, left, text, bold: true);
                c.DrawRight(from, right - shortBy, text * 0.9);
                c.Advance(12);
                c.DrawRight(to, right, text * 0.9);
                c.Advance(13);
                foreach (var bullet in bullets)
                {
                    c.Draw("•", left + 4, text);
                    c.Draw(bullet, left + 14, text);
                    c.Advance(13);
                }
                c.Advance(5);
            }
            Entry("Quality Lead — Hollins Dairy, Leeds", "Mar 2021 –", "Present", 0,
                "Brought the plant through two retailer audits without findings",
                "Trained twelve line operators in sampling");
            Entry("Quality Technician — Brackwater Mills", "September 2016 –", "February 2021", 26,
                "Ran the daily moisture and protein checks on incoming grain");
            Entry("Laboratory Assistant — Tessaly Foods", "May 2014 –", "August 2016", 0,
                "Prepared media and logged results for the microbiology bench");
            c.Advance(6);
            c.Draw("Education", left, heading, bold: true);
            c.Advance(18);
            c.Draw("University of Leeds — BSc, Food Science", left, text, bold: true);
            c.DrawRight("2011 – 2014", right, text * 0.9);
            c.Advance(14);
        }
        return document.ToBytes();
    }
}
