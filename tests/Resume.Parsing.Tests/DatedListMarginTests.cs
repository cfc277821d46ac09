using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A list of one-line items each dated in a left margin (certificates, awards): two month dates on neighbouring rows
/// are two items' dates, not one entry's range, even where the section ends after them.
/// </summary>
public sealed class DatedListMarginTests
{
    [Fact]
    public void The_last_two_items_of_a_dated_list_keep_their_own_dates()
    {
        const double margin = 60, text = 150;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Maren Ostby", text, 22, bold: true);
            c.Advance(22);
            c.Draw("maren.ostby@example.com  ·  +47 912 34 567", text, 9);
            c.Advance(26);
            c.DrawRight("WORK EXPERIENCE", text - 10, 9);
            c.Advance(18);
            foreach (var (dates, header, item) in new[]
            {
                ("03/2021 – present", "Mathematics Teacher, Fjellvik School", "Raised exam pass rates by a fifth over two years"),
                ("08/2017 – 02/2021", "Science Teacher, Brattland Academy", "Ran the science club for sixty pupils"),
            })
            {
                c.Draw(dates, margin, 9);
                c.Draw(header, text, 9, bold: true);
                c.Advance(13);
                c.Draw("•", text + 2, 9);
                c.Draw(item, text + 10, 9);
                c.Advance(18);
            }
            c.DrawRight("CERTIFICATIONS", text - 10, 9);
            c.Advance(18);
            foreach (var (date, name) in new[]
            {
                ("08/2019", "Certified Classroom Technologist, Nordic Teaching Council"),
                ("09/2019", "Qualified Teacher Status, Professional Body"),
                ("07/2021", "First Aid at Work, Red Cross"),
            })
            {
                c.Draw(date, margin, 9);
                c.Draw(name, text, 9);
                c.Advance(14);
            }
            c.Advance(8);
            c.DrawRight("INTERESTS", text - 10, 9);
            c.Advance(18);
            c.Draw("Trail running, board games, sketching", text, 9);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(3, resume.Certificates.Count);
        Assert.Contains(resume.Certificates, x => x.Name == "First Aid at Work");
    }
    [Fact]
    public void A_smaller_line_under_a_dated_line_that_names_title_and_employer_describes_the_job()
    {
        const double margin = 40, text = 140;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lukas Amsel", text, 22);
            c.Advance(26);
            c.Draw("lukas.amsel@example.com  ·  +43 660 1234567", text, 10);
            c.Advance(26);
            c.Draw("Beruflicher Werdegang", text, 14);
            c.Advance(20);
            foreach (var (dates, header, about) in new[]
            {
                ("03/2018 – 07/2018", "Praktikant, Tarnwald Logistik GmbH, Wels.", "Entwicklung eines Wartungssystems für Regalbediengeräte"),
                ("10/2017 – 01/2018", "Praktikant, Hollberg Fördertechnik GmbH, Linz.", "Aufbau einer Datenaufzeichnung für Förderbänder"),
                ("03/2017 – 06/2017", "Praktikant, Kessler Anlagenbau AG, Steyr.", "Semi-autonome Regelung eines Doppelpendels am Prüfstand mit flachheitsbasierter Steuerung"),
            })
            {
                c.Draw(dates, margin, 10.9);
                c.Draw(header, text, 10.9, bold: true);
                c.Advance(14);
                c.Draw(about, text, 10);
                c.Advance(17);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Tarnwald Logistik GmbH", "Hollberg Fördertechnik GmbH", "Kessler Anlagenbau AG"],
            resume.Work.Select(w => w.Name));
        Assert.All(resume.Work, w => Assert.Equal("Praktikant", w.Position));
    }
}
