using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degree lines written as sentences: "School. Degree in Field, year." or "Degree in Field. School".</summary>
public sealed class SchoolSentenceTests
{
    [Theory]
    [InlineData("University of Lakeshore at Port Arden. PhD in History, 2019 (expected).", "University of Lakeshore at Port Arden", "PhD", "History")]
    [InlineData("Harwood University, Saint Cuthbert College. BA in Music and Physics, 2011.", "Harwood University", "BA", "Music and Physics")]
    [InlineData("Licentiate in Chemistry. Universidad de Valdoria", "Universidad de Valdoria", "Licentiate", "Chemistry")]
    public void A_full_stop_parts_the_school_from_its_degree(string line, string institution, string type, string area)
    {
        var text = $"Tomas Greer\ntomas@example.com\n\nEDUCATION\n{line}\n\nEXPERIENCE\nAnalyst, Brightwell Foods, 2015 - 2018\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((institution, type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void A_stop_after_a_shortened_word_is_no_end_of_a_sentence()
    {
        var text = "Tomas Greer\ntomas@example.com\n\nEDUCATION\nMSc Physics, Univ. Merriam Falls   2012 - 2014\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal(("Univ. Merriam Falls", "MSc", "Physics"), (school.Institution, school.StudyType, school.Area));
    }
}
