using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Skills rated by a bare level word after each, as Spanish, Portuguese, French and Italian put adjectives after
/// the noun ("SQL intermedio, Python avanzado"): the word rates the skill and is no part of its name (invented people).</summary>
public sealed class TrailingLevelTests
{
    private static IEnumerable<string> Skills(string line) =>
        Read($"Marta Ibáñez\nmarta.ibanez@example.es\n\nHabilidades\n{line}\n").Keywords();

    [Theory]
    [InlineData("Software y lenguajes: SQL intermedio, Java intermedio, Python avanzado", new[] { "SQL", "Java", "Python" })]
    [InlineData("Ferramentas: Excel avançado, Power BI intermediário, SAP básico", new[] { "Excel", "Power BI", "SAP" })]
    [InlineData("Outils : Photoshop débutant, Illustrator confirmé, InDesign avancé", new[] { "Photoshop", "Illustrator", "InDesign" })]
    public void A_group_that_rates_its_items_by_a_level_word_after_each_keeps_the_skills_only(string line, string[] skills)
    {
        Assert.Equal(skills, Skills(line));
    }

    [Fact]
    public void A_single_item_ending_on_a_level_word_may_be_named_with_it_and_words_that_also_name_things_stay()
    {
        Assert.Contains("Excel avanzado", Skills("Herramientas: Excel avanzado, Tableau, Jira"));
        Assert.Equal(["React Native", "Cloud Native", "Scrum Master"], Skills("Tecnologías: React Native, Cloud Native, Scrum Master"));
    }
}
