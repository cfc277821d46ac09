using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A tabular CV printed from Word or LibreOffice: each section's heading and its rows' dates share the table's narrow
/// left cell, the post or degree stands in the wide cell beside its dates, and the short sections below (skills,
/// languages) run across the page yet end before that cell's edge. No line crosses from the dates into the posts.
/// </summary>
public sealed class DatesCellWithHeadingsTests
{
    /// <summary>One row of the table: its dates (a line break where the range wraps in the cell), the post, the place line
    /// under it, and the bullets.</summary>
    private sealed record Row(string Dates, string Title, string Place, string[] Bullets);

    private static byte[] TabularCv(string name, string contact, (string Heading, Row[] Rows)[] sections, (string Heading, string Line)[] lists)
    {
        const double left = 57, cell = 186, size = 11;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw(name, left, 22, bold: true);
            c.Advance(28);
            c.Draw(contact, left, size);
            c.Advance(28);
            foreach (var (heading, rows) in sections)
            {
                c.Draw(heading, left, 16, bold: true);
                c.Advance(24);
                foreach (var row in rows)
                {
                    // A range too long for the cell wraps: its second piece stands level with the place line.
                    var dates = row.Dates.Split('\n');
                    c.Draw(dates[0], left, size);
                    c.Draw(row.Title, cell, size, bold: true);
                    c.Advance(14);
                    if (dates.Length > 1)
                    {
                        c.Draw(dates[1], left, size);
                    }
                    c.Draw(row.Place, cell, size);
                    c.Advance(18);
                    foreach (var bullet in row.Bullets)
                    {
                        c.Draw("•", cell + 18, size);
                        c.Draw(bullet, cell + 36, size);
                        c.Advance(14);
                    }
                    c.Advance(10);
                }
            }
            foreach (var (heading, line) in lists)
            {
                c.Draw(heading, left, 16, bold: true);
                c.Advance(22);
                c.Draw(line, left, size);
                c.Advance(24);
            }
        }
        return document.ToBytes();
    }

    [Fact]
    public void Each_post_beside_its_dates_is_a_job_though_the_headings_stand_in_the_dates_cell()
    {
        var resume = Read(TabularCv("Liesel Hartenfels", "liesel.hartenfels@example.de | +49 160 5550147 | Kassel",
            [
                ("Berufserfahrung",
                [
                    new("05/2020 – heute", "Projektleiterin", "Grünbau Fuldatal GmbH, Hamburg", ["Pflege von 30 Parkanlagen", "Anleitung von vier Auszubildenden"]),
                    new("08/2017 – 04/2020", "Technische Zeichnerin", "Staudengärtnerei Wilhelmshöhe, Köln", ["Anzucht und Verkauf von Stauden"]),
                    new("09/2014 – 07/2017", "Auszubildende", "Baumschule Reinhardswald, München", ["Veredelung von Obstgehölzen"]),
                ]),
                ("Ausbildung", [new("09/2014 – 07/2017", "Ausbildung zur Gärtnerin", "Berufsschule Kassel-Nord", [])]),
            ],
            [("Kenntnisse", "Pflanzenschutz, Baumpflege"), ("Sprachen", "Deutsch (Muttersprache)")]));

        Assert.Equal(new (string?, string?, string?, string?)[]
            {
                ("Grünbau Fuldatal GmbH", "Projektleiterin", "2020-05", null),
                ("Staudengärtnerei Wilhelmshöhe", "Technische Zeichnerin", "2017-08", "2020-04"),
                ("Baumschule Reinhardswald", "Auszubildende", "2014-09", "2017-07"),
            },
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        Assert.Equal(["Pflege von 30 Parkanlagen", "Anleitung von vier Auszubildenden"], resume.Work[0].Highlights);
        Assert.Equal("Berufsschule Kassel-Nord", Assert.Single(resume.Education).Institution);
        Assert.Equal(["Pflanzenschutz", "Baumpflege"], resume.Keywords());
    }

    [Fact]
    public void A_range_that_wraps_in_the_dates_cell_is_still_its_rows_dates_in_any_language()
    {
        var resume = Read(TabularCv("Halina Zawadzka-Borowiec", "h.zawadzka@example.pl | +48 601 555 318 | Kraków",
            [
                ("DOŚWIADCZENIE ZAWODOWE",
                [
                    new("lut. 2021 – obecnie", "Księgowa", "Biuro Rachunkowe Sukiennice, Kraków", ["Rozliczenia VAT dla 40 klientów"]),
                    new("lip. 2017 – sty.\n2021", "Młodsza księgowa", "Piekarnia Wawelska Sp. z o.o., Kraków", ["Obsługa płatności"]),
                ]),
                ("WYKSZTAŁCENIE",
                [
                    new("paź. 2014 – cze.\n2017", "Licencjat – Finanse i rachunkowość", "Uniwersytet Ekonomiczny w Nowej Hucie", []),
                ]),
            ],
            [("UMIEJĘTNOŚCI", "Symfonia, Comarch Optima"), ("JĘZYKI", "Polski (ojczysty)")]));

        Assert.Equal(new (string?, string?, string?, string?)[]
            {
                ("Biuro Rachunkowe Sukiennice", "Księgowa", "2021-02", null),
                ("Piekarnia Wawelska Sp. z o.o.", "Młodsza księgowa", "2017-07", "2021-01"),
            },
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
        var school = Assert.Single(resume.Education);
        Assert.Equal(("Uniwersytet Ekonomiczny w Nowej Hucie", "2014-10", "2017-06"), (school.Institution, school.StartDate, school.EndDate));
        Assert.Equal(["Symfonia", "Comarch Optima"], resume.Keywords());
    }
}
