using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A German heading whose noun two adjectives joined by "und" qualify ("Allgemeine und berufliche Bildung", as
/// a Europass CV titles schooling in German): the section its noun names (invented people).</summary>
public sealed class CoordinatedHeadingTests
{
    [Theory]
    [InlineData("ALLGEMEINE UND BERUFLICHE BILDUNG")]
    [InlineData("Schulische und akademische Ausbildung")]
    public void Two_adjectives_joined_by_und_before_a_known_noun_open_the_section_it_names(string heading)
    {
        var resume = Read($"Jonas Keller\njonas.keller@example.de\n\nBerufserfahrung\nKonstrukteur   10/2020 - 06/2024\nWerner Antriebe GmbH\n\n"
            + $"{heading}\nB. Sc. Maschinenbau   10/2016 - 09/2020\nHochschule Talheim\n\nSprachen\nDeutsch, Englisch\n");

        var school = Assert.Single(resume.Education);
        Assert.Equal("Hochschule Talheim", school.Institution);
        Assert.Equal("Werner Antriebe GmbH", Assert.Single(resume.Work).Name);
    }
}
