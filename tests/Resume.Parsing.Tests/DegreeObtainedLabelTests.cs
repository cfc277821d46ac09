using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A word processor's CV laid out as a table of labels beside values, one record per degree: "Period", "Degree
/// obtained" and "Thesis Topic". There is no label for the school: the degree's own value names it, in a closing
/// bracket ("… in Mathematics (University of Oxford)").
/// </summary>
public sealed class DegreeObtainedLabelTests
{
    private const double Label = 120, Value = 215, Size = 10;

    [Fact]
    public void Each_period_and_degree_obtained_pair_is_a_degree_with_its_school_read_from_the_closing_bracket()
    {
        var resume = Read(Page());

        Assert.Equal(
            [("Kelmscott University", "Doctor of Philosophy (D.Phil)", "Marine Geology", "2013-09", "2017-08"),
             ("IST, Porto", "Master's Degree (MSc)", "Applied Physics", "2011-07", "2013-06"),
             ("IST, Porto", "Degree (BSc)", "Engineering Physics", "2008-10", "2011-07")],
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!, e.StartDate!, e.EndDate!)));
    }

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Curriculum Vitae", Label, 14, bold: true);
            c.Advance(26);
            c.Draw("Name", Label, Size);
            c.Draw("Tomás Quaresma Vilela", Value, 12, bold: true);
            c.Advance(16);
            c.Draw("E-mail", Label, Size);
            c.Draw("tomas.vilela@example.org", Value, Size);
            c.Advance(26);
            c.Draw("Education", Label, 12, bold: true);
            c.Advance(22);
            Degree(c, "September 2013 – August 2017", "Doctor of Philosophy (D.Phil) in Marine Geology (Kelmscott University)",
                "Sediment transport on drowned shelves.");
            Degree(c, "July 2011 – June 2013", "Master's Degree (MSc) in Applied Physics (IST, Porto)", "Acoustic imaging of sand waves.");
            Degree(c, "October 2008 – July 2011", "Degree (BSc) in Engineering Physics (IST, Porto)", null);
            c.Draw("Publications", Label, 12, bold: true);
            c.Advance(22);
            c.Draw("2019", Label, Size);
            c.Draw("Drowned shelves of the western margin. Journal of Marine Research.", Value, Size);
            c.Advance(14);
        }
        return document.ToBytes();
    }

    private static void Degree(PdfCanvas c, string period, string degree, string? thesis)
    {
        c.Draw("Period", Label, Size);
        c.Draw(period, Value, Size, bold: true);
        c.Advance(16);
        c.Draw("Degree obtained", Label, Size);
        c.Draw(degree, Value, Size);
        c.Advance(16);
        if (thesis is not null)
        {
            c.Draw("Thesis Topic", Label, Size);
            c.Draw(thesis, Value, Size);
            c.Advance(16);
        }
        c.Advance(10);
    }
}
