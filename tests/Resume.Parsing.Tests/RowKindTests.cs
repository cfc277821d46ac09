using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A tabular CV (invented people) whose table runs jobs and schooling under one heading: each dated row says
/// whether it is a job or schooling, whatever the heading over it says.</summary>
public sealed class RowKindTests
{
    private static byte[] Table(string heading, (string Dates, string[] Lines, string[] Bullets)[] rows, (string Heading, (string Dates, string[] Lines, string[] Bullets)[] Rows)? then = null)
    {
        using var document = new PdfDocument();
        using (var canvas = new PdfCanvas(document, top: 60))
        {
            canvas.Draw("Lebenslauf", 50, 20, bold: true);
            canvas.Advance(30);
            canvas.Draw("Jannik Solberg", 50, 14, bold: true);
            canvas.Advance(16);
            canvas.Draw("Am Kanal 9, 24103 Kiel", 50, 10);
            canvas.Advance(13);
            canvas.Draw("jannik.solberg@example.de", 50, 10);
            canvas.Advance(28);
            canvas.Draw("Persönliche Daten", 50, 13, bold: true);
            canvas.Advance(18);
            foreach (var (label, value) in new[] { ("Geburtsdatum", "14.03.1999 in Husum"), ("Familienstand", "ledig"), ("Führerschein", "Klasse B") })
            {
                canvas.Draw(label, 50, 10);
                canvas.Draw(value, 190, 10);
                canvas.Advance(13);
            }
            canvas.Advance(13);
            foreach (var (title, table) in then is { } more ? new[] { (heading, rows), more } : [(heading, rows)])
            {
                canvas.Draw(title, 50, 13, bold: true);
                canvas.Advance(18);
                Rows(canvas, table);
            }
        }
        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Rows(PdfCanvas canvas, (string Dates, string[] Lines, string[] Bullets)[] rows)
    {
        foreach (var (dates, lines, bullets) in rows)
        {
            canvas.Draw(dates, 50, 10);
            for (var i = 0; i < lines.Length; i++)
            {
                canvas.Draw(lines[i], 190, 10, bold: i == 0);
                canvas.Advance(13);
            }
            foreach (var bullet in bullets)
            {
                canvas.Draw("•", 196, 10);
                canvas.Draw(bullet, 208, 10);
                canvas.Advance(13);
            }
            canvas.Advance(10);
        }
    }

    [Fact]
    public void Rows_naming_employers_under_a_schooling_heading_are_jobs()
    {
        var resume = Read(Table("Schul- und Berufsbildung",
        [
            ("09/2022 – 06/2024", ["Disponent", "Hafenlicht Logistik GmbH, Kiel"], ["Disposition der Touren", "Pflege der Stammdaten"]),
            ("04/2021 – 08/2022", ["Lagerhelfer", "Nordsand Baustoffe AG, Rendsburg"], []),
            ("08/2018 – 07/2021", ["Ausbildung zum Industriemechaniker", "Berufsschule Eckernförde"], []),
            ("08/2012 – 07/2018", ["Realschule am Wasserturm, Kiel"], []),
        ]));

        Assert.Equal(["Disponent", "Lagerhelfer"], resume.Work.Select(w => w.Position!));
        Assert.StartsWith("Hafenlicht Logistik GmbH", resume.Work[0].Name, StringComparison.Ordinal);
        Assert.Equal(["2022-09", "2021-04"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal(2, resume.Work[0].Highlights.Count);
        Assert.Equal(2, resume.Education.Count);
        Assert.StartsWith("Berufsschule Eckernförde", resume.Education[0].Institution, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_under_a_heading_nobody_knows_say_their_own_kind()
    {
        var resume = Read(Table("Zurzeit",
        [
            ("2023 – 2025", ["Umschulung zum Fachinformatiker für Systemintegration", "Bildungswerk Förde AG, Kiel"], []),
            ("2024 – 2024", ["Betriebspraktikum bei Küstennetz GmbH, Kiel"], ["Aufbau eines Netzwerks für zwölf Arbeitsplätze"]),
        ], ("Beruflicher Werdegang",
        [
            ("2019 – 2022", ["Fahrer", "Grenzland Kurier GmbH, Flensburg"], ["Auslieferung im Stadtgebiet"]),
            ("2017 – 2019", ["Aushilfe", "Möwenmarkt KG, Husum"], []),
        ])));

        Assert.Equal(["2024", "2019", "2017"], resume.Work.Select(w => w.StartDate!));
        Assert.Contains("Küstennetz GmbH", resume.Work[0].Name + " " + resume.Work[0].Position, StringComparison.Ordinal);
        Assert.Single(resume.Education);
        Assert.Contains("Bildungswerk Förde", resume.Education[0].Institution, StringComparison.Ordinal);
    }
    [Fact]
    public void Rows_naming_schools_under_a_jobs_heading_are_schooling()
    {
        var resume = Read(Table("Beruflicher Werdegang",
        [
            ("09/2003 – 07/2007", ["Grundschule am Deich"], []),
            ("09/2007 – 07/2014", ["Gymnasium Lornsenschule Schleswig"], []),
            ("08/2014 – 08/2015", ["Minijob Seeblick Getränkehandel"], []),
            ("10/2015 – 03/2019", ["Hochschule Flensburg - Studienrichtung Maschinenbau"], []),
            ("04/2019 – 06/2021", ["Wissenschaftlicher Mitarbeiter", "Universität zu Lübeck"], ["Betreuung von Laborpraktika"]),
        ]));

        Assert.Equal(["Grundschule am Deich", "Gymnasium Lornsenschule Schleswig", "Hochschule Flensburg"],
            resume.Education.Select(e => e.Institution!));
        Assert.Equal(["2014-08", "2019-04"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal("Wissenschaftlicher Mitarbeiter", resume.Work[1].Position);
    }
}
