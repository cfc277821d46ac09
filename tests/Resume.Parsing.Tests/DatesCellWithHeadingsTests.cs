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
    private static byte[] TabularCv()
    {
        const double left = 57, cell = 186, size = 11;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 60))
        {
            c.Draw("Liesel Hartenfels", left, 22, bold: true);
            c.Advance(28);
            c.Draw("liesel.hartenfels@example.de | +49 160 5550147 | Kassel", left, size);
            c.Advance(28);
            void Section(string heading, (string Dates, string Title, string Place, string[] Bullets)[] rows)
            {
                c.Draw(heading, left, 16, bold: true);
                c.Advance(24);
                foreach (var (dates, title, place, bullets) in rows)
                {
                    c.Draw(dates, left, size);
                    c.Draw(title, cell, size, bold: true);
                    c.Advance(14);
                    c.Draw(place, cell, size);
                    c.Advance(18);
                    foreach (var bullet in bullets)
                    {
                        c.Draw("•", cell + 18, size);
                        c.Draw(bullet, cell + 36, size);
                        c.Advance(14);
                    }
                    c.Advance(10);
                }
            }
            Section("Berufserfahrung",
            [
                ("05/2020 – heute", "Projektleiterin", "Grünbau Fuldatal GmbH, Hamburg", ["Pflege von 30 Parkanlagen", "Anleitung von vier Auszubildenden"]),
                ("08/2017 – 04/2020", "Technische Zeichnerin", "Staudengärtnerei Wilhelmshöhe, Köln", ["Anzucht und Verkauf von Stauden"]),
                ("09/2014 – 07/2017", "Auszubildende", "Baumschule Reinhardswald, München", ["Veredelung von Obstgehölzen"]),
            ]);
            Section("Ausbildung", [("09/2014 – 07/2017", "Ausbildung zur Gärtnerin", "Berufsschule Kassel-Nord", [])]);
            c.Draw("Kenntnisse", left, 16, bold: true);
            c.Advance(22);
            c.Draw("Pflanzenschutz, Baumpflege", left, size);
            c.Advance(24);
            c.Draw("Sprachen", left, 16, bold: true);
            c.Advance(22);
            c.Draw("Deutsch (Muttersprache)", left, size);
        }
        return document.ToBytes();
    }

    [Fact]
    public void Each_post_beside_its_dates_is_a_job_though_the_headings_stand_in_the_dates_cell()
    {
        var resume = Read(TabularCv());

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
}
