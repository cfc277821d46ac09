using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Where schooling sections start on pages written in other languages and set in columns (invented people):
/// two names joined by "and", a main column that sets its headings unlike its sidebar, a margin of headings and dates.</summary>
public sealed class SchoolingHeadingsTests
{
    [Theory]
    [InlineData("Educação e Formação")]
    [InlineData("EDUCAÇÃO E FORMAÇÃO")]
    [InlineData("Diplome und Ausbildungen")]
    [InlineData("Educación y formación")]
    [InlineData("Éducation et formation")]
    public void Two_names_of_the_schooling_section_joined_by_and_name_it(string heading)
    {
        var match = Structure.HeadingLexicon.Match(heading);

        Assert.Equal((SectionKinds.Education, true), (match?.Kind, match?.Exact ?? false));
    }

    [Theory]
    [InlineData("Research and Teaching")]
    [InlineData("Sales and Marketing")]
    public void Words_joined_by_and_that_are_not_both_names_of_sections_are_no_known_heading(string line) =>
        Assert.NotEqual(true, Structure.HeadingLexicon.Match(line)?.Exact);

    [Fact]
    public void A_margin_of_headings_and_dates_dates_the_entries_whose_middle_it_stands_level_with()
    {
        // A section's heading and each entry's dates in a narrow left margin; each date sits between the entry's bold
        // title and its town below, not on the title's baseline.
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Arkadi Velten", 57, 24, bold: true);
            c.Advance(30);
            c.Draw("arkadi.velten@example.de · +49 170 555 0142 · Valmont", 57, 10);
            c.Advance(40);
            foreach (var (heading, entries) in new[]
            {
                ("Schulbildung", new[] { ("09/2001 – 06/2008", "Allgemeinbildende Schule Nr. 3", "Valmont"), ("09/2009 – 06/2011", "Realschulabschluss, Akademie Lindenau", "Tarnow"), ("09/2013 – 06/2015", "Gymnasium am Lindenberg", "Kessel") }),
                ("Berufserfahrung", new[] { ("08/2018 – 01/2022", "Fachinformatiker Anwendungsentwicklung", "Kessler Systeme GmbH, Valmont"), ("09/2023 – heute", "Softwareentwickler", "Brandt Digital GmbH, Tarnow") }),
            })
            {
                c.Draw(heading, 66, 12, bold: true);
                c.Advance(20);
                foreach (var (dates, title, below) in entries)
                {
                    c.Draw(title, 185, 10.9, bold: true);
                    c.Draw(dates, 57, 10, y: c.Y + 10);
                    c.Advance(32);
                    c.Draw(below, 185, 10);
                    c.Advance(18);
                }
                c.Advance(14);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal([("2001-09", "2008-06"), ("2009-09", "2011-06"), ("2013-09", "2015-06")], resume.Education.Select(e => (e.StartDate, e.EndDate)));
        Assert.Equal(["2018-08", "2023-09"], resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void A_main_column_beside_a_sidebar_sets_its_headings_its_own_way()
    {
        // The sidebar's headings are large and bold; the main column's are bold capitals at the size of its text.
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Théo Marchal", 60, 13, bold: true);
            c.Advance(40);
            var top = c.Y;
            var y = top;
            foreach (var (heading, items) in new[]
            {
                ("Contact", new[] { "theo@example.fr", "06 12 34 56 78" }),
                ("Langues", new[] { "Français", "Anglais" }),
                ("Compétences", new[] { "Réseaux", "Java" }),
                ("Loisirs", new[] { "Guitare", "Échecs" }),
            })
            {
                c.Draw(heading, 63, 12, bold: true, y: y);
                y += 18;
                foreach (var item in items)
                {
                    c.Draw(item, 63, 10, y: y);
                    y += 17;
                }
                y += 16;
            }
            c.Y = top;
            c.Draw("OBJECTIF", 187, 10, bold: true);
            c.Advance(17);
            c.Paragraph("Élève-ingénieur en informatique, je cherche un stage technique de huit semaines pour mettre en pratique mes connaissances.", 187, 340, 10, leading: 17);
            c.Advance(10);
            c.Draw("EXPÉRIENCES", 187, 10, bold: true);
            c.Advance(17);
            c.Draw("Serveur | Brasserie du Port — 2022 - 2023", 187, 10);
            c.Advance(26);
            c.Draw("ÉTUDES", 187, 10, bold: true);
            c.Advance(17);
            c.Draw("CPGE Physique Chimie, Lycée Valmont, Lille — 2022 - 2024", 187, 10);
            c.Advance(26);
            c.Draw("Baccalauréat général, Lycée Dumont, Calais — 2022", 187, 10);
        }
        var resume = Read(document.ToBytes());

        Assert.Contains(resume.Education, e => e.StudyType == "CPGE" && e.Area == "Physique Chimie");
    }
}
