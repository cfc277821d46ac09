using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Europass-style CV writes each entry's dates on a line of their own, the title in bold and the employer or
/// school after it on the line below (invented people). Some writers put the entry's town after the dates; some run the
/// employer into the title with one ordinary space, told apart only by weight.</summary>
public sealed class EuropassEntryLineTests
{
    [Fact]
    public void A_place_after_the_dates_on_their_line_is_where_not_who()
    {
        var resume = Read(Cv(
            [("01/03/2022 – 30/06/2024 Kirchhain, Deutschland", "Softwareentwickler"), ("01/10/2019 – 28/02/2022 Wolfsberg, Österreich", "Werkstudent")],
            "2015 – 2019 Kirchhain, Deutschland", runIn: false));

        Assert.Equal(["Nordlicht Software GmbH", "Brandt Logistik AG"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Softwareentwickler", "Werkstudent"], resume.Work.Select(w => w.Position));
        Assert.Equal("Kirchhain, Deutschland", resume.Work[0].Location);
        Assert.Equal("Hochschule Wendelstein", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_bold_title_run_into_its_employer_in_the_text_face_is_read_apart()
    {
        var resume = Read(Cv(
            [("01/03/2022 – 30/06/2024", "Softwareentwickler"), ("01/10/2019 – 28/02/2022", "Werkstudent Datenbanken")],
            "2015 – 2019", runIn: true));

        Assert.Equal(["Nordlicht Software GmbH", "Brandt Logistik AG"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Softwareentwickler", "Werkstudent Datenbanken"], resume.Work.Select(w => w.Position));
        Assert.Equal("Hochschule Wendelstein", Assert.Single(resume.Education).Institution);
    }

    private static byte[] Cv((string Dates, string Title)[] jobs, string schoolDates, bool runIn)
    {
        string[] employers = ["Nordlicht Software GmbH", "Brandt Logistik AG"];
        string[] duties = ["Entwicklung einer Webanwendung zur Planung von Lieferungen.", "Pflege der Datenbanken und Berichte für den Vertrieb."];
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lena Vogt", 60, 22, bold: true);
            c.Y += 22;
            c.Draw("lena.vogt@example.de  ·  +49 151 2345 6789", 60, 10);
            c.Y += 36;
            c.Draw("BERUFSERFAHRUNG", 60, 14);
            c.Y += 22;
            for (var i = 0; i < jobs.Length; i++)
            {
                c.Draw(jobs[i].Dates, 80, 11, bold: true);
                c.Y += 18;
                TitleAndName(c, jobs[i].Title, employers[i], runIn);
                c.Y += 18;
                c.Draw(duties[i], 80, 10);
                c.Y += 28;
            }
            c.Draw("ALLGEMEINE UND BERUFLICHE BILDUNG", 60, 14);
            c.Y += 22;
            c.Draw(schoolDates, 80, 11);
            c.Y += 18;
            TitleAndName(c, "Bachelor of Science in Informatik", "Hochschule Wendelstein", runIn);
            c.Y += 18;
            c.Draw("Schwerpunkt auf verteilten Systemen und Datenbanken.", 80, 10);
        }
        return document.ToBytes();
    }

    /// <summary>The name in the text face either in a column of its own or run into the bold title with one space.</summary>
    private static void TitleAndName(PdfCanvas c, string title, string name, bool runIn)
    {
        var end = c.Draw(title, 80, 12, bold: true);
        c.Draw(runIn ? " " + name : name, runIn ? end : 300, 12);
    }
}
