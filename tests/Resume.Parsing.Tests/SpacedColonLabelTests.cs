using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>French typography sets a space before the colon of a label ("Bases de données : PostgreSQL"): the space
/// is no word of the label, so a label of five words still names its group.</summary>
public sealed class SpacedColonLabelTests
{
    [Fact]
    public void A_five_word_label_with_a_space_before_its_colon_names_its_group()
    {
        var resume = Read(string.Join('\n',
            "# Ilona Varga",
            "",
            "ilona.varga@example.org",
            "",
            "# Compétences",
            "",
            "**Langages :** Python, SQL, Go",
            "",
            "**Bases de données & infrastructure :** PostgreSQL, Docker, Git",
            ""));
        Assert.Contains(resume.Skills, s => s.Name == "Bases de données & infrastructure" && s.Keywords.Contains("PostgreSQL"));
        Assert.DoesNotContain(resume.Keywords(), k => k.Contains(':', StringComparison.Ordinal));
    }
}
