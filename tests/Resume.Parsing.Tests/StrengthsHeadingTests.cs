using Resume.Parsing.Structure;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A section named for a person's strengths lists qualities as skills are listed, and "my" before a section's
/// name, in any language, leaves the section what it is.</summary>
public sealed class StrengthsHeadingTests
{
    [Theory]
    [InlineData("Meine Stärken", "skills")]
    [InlineData("STRENGTHS", "skills")]
    [InlineData("Points forts", "skills")]
    [InlineData("Puntos fuertes", "skills")]
    [InlineData("Pontos fortes", "skills")]
    [InlineData("Sterke punten", "skills")]
    [InlineData("My Projects", "projects")]
    [InlineData("Mes compétences", "skills")]
    [InlineData("Mijn vaardigheden", "skills")]
    [InlineData("Minha formação", "education")]
    public void Strengths_and_a_possessive_before_a_section_name_are_headings(string heading, string kind)
    {
        var match = HeadingLexicon.Match(heading);

        Assert.Equal((kind, true), (match?.Kind, match?.Exact ?? false));
    }

    [Theory]
    [InlineData("Ma Jiang")]
    [InlineData("My name is Ana Lima")]
    [InlineData("Mi Ling Chen")]
    [InlineData("Fortaleza")]
    public void A_name_a_town_or_a_sentence_is_no_heading(string line)
    {
        Assert.Null(HeadingLexicon.Match(line));
    }

    [Fact]
    public void A_plain_text_list_of_strengths_reads_as_skills()
    {
        var resume = Read("""
            Jana Novak
            jana.novak@example.org

            Berufserfahrung
            Pflegefachfrau, Klinikum Nord, 2019 - 2024

            Meine Stärken
            Belastbarkeit
            Teamfähigkeit
            Einfühlungsvermögen
            """);

        Assert.Equal(["Belastbarkeit", "Teamfähigkeit", "Einfühlungsvermögen"], resume.Keywords());
    }
}
