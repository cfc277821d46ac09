using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>The lines under a degree's header (its grade, its focus topics, its thesis) are details of that degree: they
/// never name its school or open a degree of their own.</summary>
public sealed class DegreeDetailTests
{
    private static Resume.Model.Education OnlyDegree(string lines) =>
        Assert.Single(Read($"Tomas Vell\ntomas.vell@example.com\n\nEDUCATION\n{lines}\n\nSKILLS\nPython, MATLAB\n").Education);

    [Theory]
    [InlineData("Abschlussnote: gut")]
    [InlineData("Final grade: Distinction")]
    [InlineData("Mention : Très bien")]
    public void A_labelled_grade_in_words_is_the_score_not_the_school(string line)
    {
        var degree = OnlyDegree($"Master of Science in Marine Biology   2013 - 2016\n{line}");

        Assert.Equal(((string?)null, "Master of Science", line), (degree.Institution, degree.StudyType, degree.Score));
    }

    [Theory]
    [InlineData("Relevant Coursework: Ocean Acoustics; Tidal Modelling")]
    [InlineData("Cours : Ocean Acoustics, Tidal Modelling")]
    public void A_labelled_course_list_gives_the_degree_its_courses(string line)
    {
        var degree = OnlyDegree($"Master of Science in Marine Biology   2013 - 2016\n{line}");

        Assert.Equal(["Ocean Acoustics", "Tidal Modelling"], degree.Courses);
        Assert.Equal(("Master of Science", "Marine Biology"), (degree.StudyType, degree.Area));
    }

    [Fact]
    public void An_item_under_a_degree_header_names_no_school()
    {
        var degree = OnlyDegree("Master of Science in Marine Biology   2013 - 2016\nFocus areas:\n• Coastal Sediment Transport\n• Wrote a tide gauge logger in C++ for the field station");

        Assert.Equal(((string?)null, "Marine Biology"), (degree.Institution, degree.Area));
    }

    [Fact]
    public void An_item_that_names_the_degree_again_still_names_its_school()
    {
        var degree = OnlyDegree("B.Comm   2012 - 2015\n• Velmora Poly – B.Comm Financial Accountancy");

        Assert.Equal("Velmora Poly", degree.Institution);
    }

    [Fact]
    public void An_item_that_names_a_school_still_does()
    {
        var degree = OnlyDegree("Master of Science in Marine Biology   2013 - 2016\n• Harbour University of Velmora");

        Assert.Equal("Harbour University of Velmora", degree.Institution);
    }
}
