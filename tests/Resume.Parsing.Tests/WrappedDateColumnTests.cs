using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV with its dates in a narrow margin column (a ConTeXt or LaTeX hanging layout): a range too long for the column
/// wraps inside it ("Sep 2016-Dec" over "2020 (expected)", "Current (since" over "Mar 2019)"), and the text beside it,
/// filling its line, wraps with it ("…; Université Polytechnique" over "de Rivemont (Rivemont, France)"). Read line by
/// line, the second date cell would open an entry of its own.
/// </summary>
public sealed class WrappedDateColumnTests
{
    private const double Dates = 40, Body = 128, Right = 540, Size = 10;

    [Fact]
    public void A_range_cut_after_its_end_month_and_the_school_cut_beside_it_make_one_degree()
    {
        var resume = Read(Page());

        Assert.Equal(
            [("Université Polytechnique de Rivemont", "PhD", "Coastal and Marine Engineering", "2016-09", "2020-12"),
             ("École Supérieure des Sciences Appliquées de Varennes-sur-Loire", "MSc", "Hydrology", "2014-09", "2016-07")],
            resume.Education.Select(e => (WithoutPlace(e.Institution!), e.StudyType!, e.Area!, e.StartDate!, e.EndDate!)));
    }

    [Fact]
    public void A_range_cut_inside_its_bracket_dates_the_post_and_the_description_under_it_stays_apart()
    {
        var resume = Read(Page());

        Assert.Equal([("2019-03", null), ("2015-06", "2015-09")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(2, resume.Work.Count);
        Assert.DoesNotContain(resume.Work, w => (w.Name + w.Position).Contains("Assessment of", StringComparison.Ordinal));
    }

    private static string WithoutPlace(string institution) =>
        institution.IndexOf(" (", StringComparison.Ordinal) is var cut and > 0 ? institution[..cut] : institution;

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Noémie Carrasco", 220, 20, bold: true);
            c.Advance(24);
            c.Draw("noemie.carrasco@example.org • +33 6 12 34 56 78", 170, 10);
            c.Advance(30);
            c.Draw("Education", Body, 14, bold: true);
            c.Advance(22);
            Entry(c, ("Sep 2016-Dec", "2020 (expected)"),
                "PhD in Coastal and Marine Engineering; Université Polytechnique de Rivemont (Rivemont, France)");
            c.Draw("Directors: Anselme Poiret and Lucie Varda", Body, Size, italic: true);
            c.Advance(22);
            Entry(c, ("Sep 2014-Jul", "2016"),
                "MSc in Hydrology; École Supérieure des Sciences Appliquées de Varennes-sur-Loire (Varennes, France)");
            c.Draw("Thesis title: Seasonal recharge of alluvial aquifers in the lower valley.", Body, Size, italic: true);
            c.Advance(26);
            c.Draw("Experience", Body, 14, bold: true);
            c.Advance(22);
            Entry(c, ("Current (since", "Mar 2019)"),
                "Doctoral Assistant; Coastal dynamics laboratory (LDC), Université Polytechnique de Rivemont (Rivemont, France)");
            c.Draw("Assessment of the effects of dredging on the sediment budget of estuaries and their salt marshes.", Body, Size);
            c.Advance(22);
            Entry(c, ("Jun 2015-Sep", "2015"), "Summer Student, Hydraulics department, Ortelle Engineering (Lyon, France)");
            c.Draw("Calibration of a river model for the flood forecasting service of the region.", Body, Size);
            c.Advance(14);
        }
        return document.ToBytes();
    }

    /// <summary>The two date cells one over the other in the margin, the entry's line wrapped to the body's width beside
    /// them, as a typesetter would break it.</summary>
    private static void Entry(PdfCanvas c, (string Top, string Below) dates, string line)
    {
        var words = line.Split(' ');
        var first = words[0];
        var k = 1;
        while (k < words.Length && c.Width(first + " " + words[k], Size, bold: true) <= Right - Body)
        {
            first += " " + words[k++];
        }
        c.Draw(dates.Top, Dates, Size, bold: true);
        c.Draw(first, Body, Size, bold: true);
        c.Advance(14);
        c.Draw(dates.Below, Dates, Size, bold: true);
        if (k < words.Length)
        {
            c.Draw(string.Join(' ', words[k..]), Body, Size, bold: true);
        }
        c.Advance(16);
    }
}
