using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Czech and Slovak name a tongue by an adjective before their word for "language" ("Anglický jazyk"), and
/// Turkish names open on a dotted capital ("İngilizce"): a list of them is a list of languages (invented people).</summary>
public sealed class SpokenTongueAdjectiveTests
{
    [Fact]
    public void A_slovak_list_of_tongues_named_by_adjectives_is_the_languages()
    {
        var resume = Read("Jana Nováková\njana.novakova@example.sk\n\nZNALOSTI\nJira, SQL\n\nJAZYKY\nAnglický jazyk (A2)\nNemecký jazyk (A1)\n");

        Assert.Equal(2, resume.Languages.Count);
        Assert.Equal(["Jira", "SQL"], resume.Keywords());
    }

    [Fact]
    public void A_turkish_tongue_on_a_dotted_capital_is_a_language()
    {
        var resume = Read("Deniz Kaya\ndeniz.kaya@example.com.tr\n\nYetenekler\nC#, SQL\n\nDiller\nİngilizce (İleri Seviye), Almanca (Temel)\n");

        Assert.Equal(2, resume.Languages.Count);
        Assert.Equal(["C#", "SQL"], resume.Keywords());
    }
}
