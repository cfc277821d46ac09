using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Europass-style CV sets each entry's title in bold and its employer or school right after it in the text face,
/// one ordinary space between, with the dates on the line above (invented people).</summary>
public sealed class WeightWithinLineTests
{
    [Fact]
    public void A_bold_title_run_into_its_employer_in_the_text_face_is_read_apart()
    {
        var resume = Read(Cv());

        Assert.Equal(["Nordlicht Software GmbH", "Brandt Logistik AG"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Softwareentwickler", "Werkstudent Datenbanken"], resume.Work.Select(w => w.Position));
        var school = Assert.Single(resume.Education);
        Assert.Equal("Hochschule Wendelstein", school.Institution);
    }

    private static byte[] Cv()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lena Vogt", 60, 22, bold: true);
            c.Y += 22;
            c.Draw("lena.vogt@example.de  ·  +49 151 2345 6789", 60, 10);
            c.Y += 36;
            c.Draw("BERUFSERFAHRUNG", 60, 14);
            c.Y += 22;
            var jobs = new[]
            {
                ("01/03/2022 – 30/06/2024", "Softwareentwickler", "Nordlicht Software GmbH", "Entwicklung einer Webanwendung zur Planung von Lieferungen."),
                ("01/10/2019 – 28/02/2022", "Werkstudent Datenbanken", "Brandt Logistik AG", "Pflege der Datenbanken und Berichte für den Vertrieb."),
            };
            foreach (var (dates, title, employer, line) in jobs)
            {
                c.Draw(dates, 80, 11, bold: true);
                c.Y += 18;
                var end = c.Draw(title, 80, 12, bold: true);
                c.Draw(" " + employer, end, 12);
                c.Y += 18;
                c.Draw(line, 80, 10);
                c.Y += 28;
            }
            c.Draw("ALLGEMEINE UND BERUFLICHE BILDUNG", 60, 14);
            c.Y += 22;
            c.Draw("2015 – 2019", 80, 11);
            c.Y += 18;
            var d = c.Draw("Bachelor of Science in Informatik", 80, 12, bold: true);
            c.Draw(" Hochschule Wendelstein", d, 12);
            c.Y += 18;
            c.Draw("Schwerpunkt auf verteilten Systemen und Datenbanken.", 80, 10);
        }
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
