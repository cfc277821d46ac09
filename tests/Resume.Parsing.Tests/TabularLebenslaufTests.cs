using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The German "tabellarischer Lebenslauf" (invented people): a left column of date ranges beside what happened
/// then, sometimes with no section headings at all, so that only what each row says tells a job from a school.</summary>
public sealed class TabularLebenslaufTests
{
    private static readonly (string Dates, string[] Lines)[] Rows =
    [
        ("08/2021 – heute", ["Filialleiterin", "Nordkauf Lebensmittel GmbH, Bochum"]),
        ("09/2018 – 07/2021", ["Verkäuferin", "Bäckerei Hollmann KG, Herne"]),
        ("08/2015 – 07/2018", ["Ausbildung zur Kauffrau im Einzelhandel", "Berufskolleg Ostvest, Datteln"]),
        ("08/2006 – 06/2015", ["Städtisches Gymnasium Marl", "Abschluss: Allgemeine Hochschulreife"]),
    ];

    internal static byte[] Headingless(bool withHeadings = false)
    {
        using var document = new PdfDocument();
        using (var canvas = new PdfCanvas(document, top: 60))
        {
            canvas.Draw("Lebenslauf", 50, 20, bold: true);
            canvas.Advance(30);
            canvas.Draw("Marlene Quast", 50, 14, bold: true);
            canvas.Advance(16);
            canvas.Draw("Lindenweg 4, 45768 Marl", 50, 10);
            canvas.Advance(13);
            canvas.Draw("marlene.quast@example.de", 50, 10);
            canvas.Advance(13);
            canvas.Draw("0157 4401 2290", 50, 10);
            canvas.Advance(28);
            foreach (var (dates, lines) in Rows)
            {
                canvas.Draw(dates, 50, 10);
                foreach (var line in lines)
                {
                    canvas.Draw(line, 190, 10);
                    canvas.Advance(13);
                }
                canvas.Advance(10);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    [Fact]
    public void Rows_of_jobs_without_a_heading_are_work()
    {
        var bytes = Headingless();
        var resume = Read(bytes);

        Assert.Equal([("Filialleiterin", "2021-08"), ("Verkäuferin", "2018-09")], resume.Work.Select(w => (w.Position!, w.StartDate!)));
        Assert.StartsWith("Nordkauf Lebensmittel GmbH", resume.Work[0].Name, StringComparison.Ordinal);
        Assert.StartsWith("Bäckerei Hollmann KG", resume.Work[1].Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_schools_without_a_heading_are_education()
    {
        var resume = Read(Headingless());

        Assert.Equal(2, resume.Education.Count);
        Assert.StartsWith("Berufskolleg Ostvest", resume.Education[0].Institution, StringComparison.Ordinal);
        Assert.Equal("Städtisches Gymnasium Marl", resume.Education[1].Institution);
        Assert.Equal(["2015-08", "2006-08"], resume.Education.Select(e => e.StartDate!));
    }
}
