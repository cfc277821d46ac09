using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"PhD in Field University of Town": a degree line whose school follows its field with no comma between them.</summary>
public sealed class SchoolAfterFieldTests
{
    [Theory]
    [InlineData("PhD in Glaciology University of Tarnby, UK.", "PhD", "Glaciology", "University of Tarnby")]
    [InlineData("Master of Science University of Wellmoor", "Master of Science", null, "University of Wellmoor")]
    [InlineData("BSc in Marine Biology Institute of Coastal Studies", "BSc", "Marine Biology", "Institute of Coastal Studies")]
    public void A_school_named_by_its_school_word_starts_where_that_word_stands(string line, string type, string? area, string institution)
    {
        var text = $"Nadia Porter\nnadia@example.com\n\nEDUCATION\n{line}\nThesis on ice cores of the northern plateau.\n";

        var school = Assert.Single(Read(text).Education);

        Assert.Equal((type, area), (school.StudyType, school.Area));
        Assert.StartsWith(institution, school.Institution);
    }
}
