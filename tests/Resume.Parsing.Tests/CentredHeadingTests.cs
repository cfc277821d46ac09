using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>A CV builder that centres its section headings over each column and sets the later ones smaller than the
/// entries' titles (an invented Slovak tester): a known heading in the headings' bold capitals on their centre opens its
/// section, where a label set flush left with the text would be a group's label.</summary>
public sealed class CentredHeadingTests
{
    /// <summary>Words set so their middle falls on the page's centre (Courier: 0.6 em a glyph).</summary>
    private static string Centred(double y, double size, string text, string font) =>
        Words(306 - text.Length * size * 0.6 / 2, y, size, text, font);

    private static readonly Model.ResumeDocument Resume = Read(Page(
        Centred(750, 18, "JANA NOVAKOVA", Upright),
        Centred(728, 9, "jana.novakova@example.sk", Upright),
        Centred(690, 11, "PRACOVNÉ SKÚSENOSTI", Bold),
        Words(72, 668, 10, "SOFTWARE TESTER", Bold),
        Words(72, 655, 10, "Lipa Academy / 02/2025 - 06/2025", Italic),
        Words(72, 640, 9, "Statická analýza špecifikácie a písanie testovacích scenárov.", Upright),
        Words(72, 618, 10, "PREDAVAČKA", Bold),
        Words(72, 605, 10, "Kníhkupectvo Lipa / 02/2024 - 05/2024", Italic),
        Words(72, 590, 9, "Komunikácia so zákazníkom a práca s pokladňou.", Upright),
        Centred(560, 11, "VZDELANIE", Bold),
        Words(72, 538, 10, "STREDNÁ ODBORNÁ ŠKOLA", Bold),
        Words(72, 525, 9, "09/2000 - 06/2004", Upright),
        Centred(495, 9, "KURZY", Bold),
        Words(72, 473, 10, "ISTQB CERTIFIED TESTER FOUNDATION LEVEL", Bold),
        Words(72, 460, 10, "Lipa Academy / 04/2025", Italic),
        Centred(430, 9, "ZÁUJMY", Bold),
        Words(72, 410, 9, "Joga, fotografovanie, záhradné projekty", Upright)));

    [Fact]
    public void A_smaller_heading_on_the_headings_centre_opens_its_section()
    {
        Assert.Contains("ISTQB CERTIFIED TESTER FOUNDATION LEVEL", Resume.Certificates.Select(c => c.Name));
        Assert.NotEmpty(Resume.Interests);
        Assert.Equal(2, Resume.Work.Count);
        Assert.Single(Resume.Education);
    }
}
