using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Where sections start in German and French CVs (invented people): the words they name their working life
/// and their service by, and a first heading that is not in the capitals of those after it.</summary>
public sealed class GermanFrenchSectionTests
{
    [Theory]
    [InlineData("BERUFLICHE PRAXIS")]
    [InlineData("Wehrdienst")]
    [InlineData("Zivildienst")]
    [InlineData("Service militaire")]
    public void Working_life_and_service_in_the_forces_name_the_work_section(string heading)
    {
        var match = Structure.HeadingLexicon.Match(heading);

        Assert.Equal((SectionKinds.Work, true), (match?.Kind, match?.Exact ?? false));
    }

    [Fact]
    public void Jobs_under_a_heading_for_professional_practice_are_work()
    {
        // Headings in capitals at the size of the text, neither bold nor larger; dates in a column at the left, the
        // title beside them and the employer below.
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Lebenslauf", 60, 16);
            c.Advance(30);
            c.Draw("Henrike Sommerfeld", 60, 13, bold: true);
            c.Advance(20);
            c.Draw("Mobil: 0171-5550193", 60, 11);
            c.Advance(16);
            c.Draw("E-Mail: h.sommerfeld@example.de", 60, 11);
            c.Advance(34);
            foreach (var (heading, entries) in new[]
            {
                ("BERUFLICHE PRAXIS", new[] { ("03/2019 – 08/2023", "Filialleiterin", "Backhaus Lindner GmbH"), ("05/2014 – 02/2019", "Verkäuferin", "Feinkost Rabe KG") }),
                ("AUSBILDUNG", new[] { ("08/2011 – 07/2014", "Ausbildung zur Einzelhandelskauffrau", "Berufskolleg am Wall") }),
            })
            {
                c.Draw(heading, 60, 11);
                c.Advance(26);
                foreach (var (dates, title, below) in entries)
                {
                    c.Draw(dates, 60, 11);
                    c.Draw(title, 200, 11, bold: true);
                    c.Advance(15);
                    c.Draw(below, 200, 11);
                    c.Advance(28);
                }
                c.Advance(10);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["2019-03", "2014-05"], resume.Work.Select(w => w.StartDate));
        Assert.Contains(resume.Work, w => w.Name == "Backhaus Lindner GmbH");
    }

    [Fact]
    public void A_one_word_heading_before_any_other_in_the_headings_size_and_weight_opens_its_section()
    {
        // "Bildung" in mixed case above headings in capitals, all of them bold and larger than the text.
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Joscha Wendler", 200, 24, bold: true);
            c.Advance(26);
            c.Draw("Freiburg · +49 1520 5550178 · joscha.wendler@example.de", 150, 10.5);
            c.Advance(28);
            foreach (var (heading, entries) in new[]
            {
                ("Bildung", new[] { ("2019 - 2023", "Hochschule Talheim, B.Eng. Maschinenbau"), ("2010 - 2018", "Gymnasium am Rebberg (Abitur)") }),
                ("ARBEITSERFAHRUNG", new[] { ("2021 - 2022", "Werkstudent bei Kettler Antriebe GmbH"), ("2018", "Praktikum bei Sägewerk Birkle") }),
                ("KENNTNISSE", new[] { ("", "CAD, Python, Excel") }),
            })
            {
                c.Draw(heading, 40, 14, bold: true);
                c.Advance(26);
                foreach (var (dates, title) in entries)
                {
                    if (dates.Length > 0)
                    {
                        c.Draw(dates, 40, 10.5);
                    }
                    c.Draw(title, 135, 10.5, bold: dates.Length > 0);
                    c.Advance(24);
                }
                c.Advance(10);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(2, resume.Education.Count);
        Assert.Contains(resume.Education, e => e.Institution == "Hochschule Talheim");
    }

    [Theory]
    [InlineData("Rettungssanitäter – Rotkreuz Rettungsdienst Talheim gGmbH", "Rotkreuz Rettungsdienst Talheim gGmbH")]
    [InlineData("Lagerhelfer – Spedition Haberl & Söhne KG", "Spedition Haberl & Söhne KG")]
    public void Of_a_title_and_a_piece_closed_by_a_legal_form_the_legal_form_names_the_employer(string line, string employer)
    {
        var split = Fields.RoleParser.Parse([line]);

        Assert.Equal(employer, split.Organisation);
    }
}
