using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A Word CV whose schooling is a table of labels set flush right against their values, one record per school:
/// "Period:", "Level:", "Specialization:", "University:". "Level" names the degree the record ends in.
/// </summary>
public sealed class LevelLabelTests
{
    private const double LabelRight = 160, Value = 170, Size = 10;

    [Fact]
    public void The_level_of_a_schooling_record_is_its_degree()
    {
        var resume = Read(Page());

        Assert.Equal(
            [("Master’s Degree", "Hydrology", "2012"), ("Bachelor's Degree", "Civil Engineering", "2008")],
            resume.Education.Select(e => (e.StudyType!, e.Area!, e.StartDate!)));
        Assert.All(resume.Education, e => Assert.Equal("University of Plovdiv “Paisii Hilendarski”", e.Institution));
    }

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Desislava Petrova Koleva", Value, 16, bold: true);
            c.Advance(24);
            Field(c, "E-mail:", "d.koleva@example.bg");
            c.Advance(14);
            c.Draw("Education", 60, 13, bold: true);
            c.Advance(22);
            School(c, "2012 – 2014", "Master’s Degree", "Hydrology");
            School(c, "2008 – 2012", "Bachelor's Degree", "Civil Engineering");
        }
        return document.ToBytes();
    }

    private static void School(PdfCanvas c, string period, string level, string subject)
    {
        Field(c, "Period:", period);
        Field(c, "Level:", level);
        Field(c, "Specialization:", subject);
        Field(c, "University:", "University of Plovdiv “Paisii Hilendarski”");
        c.Advance(14);
    }

    private static void Field(PdfCanvas c, string label, string value)
    {
        c.DrawRight(label, LabelRight, Size);
        c.Draw(value, Value, Size);
        c.Advance(14);
    }
}
