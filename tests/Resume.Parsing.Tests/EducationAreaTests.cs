using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An area of study is a short noun phrase naming a discipline. A line left over under a school that is a
/// sentence, a label's value, a remark in brackets or the school's town names none, and the area stays empty.</summary>
public sealed class EducationAreaTests
{
    private static Resume.Model.Education OnlySchool(string lines) =>
        Assert.Single(Read($"Ana Ruiz\nana@example.com\n\nEDUCATION\n{lines}\n\nSKILLS\nExcel, SQL\n").Education);

    [Theory]
    [InlineData("Advisor: Dr. Lena Marsh.")]
    [InlineData("Vertiefung: Webentwicklung")]
    [InlineData("(state board)")]
    [InlineData("Velmora, Tarvania")]
    [InlineData("Funded by the regional council for three years of study.")]
    public void A_line_that_names_no_discipline_is_not_the_area(string line)
    {
        var school = OnlySchool($"Northgate Institute   2014 - 2018\n{line}");

        Assert.Equal(("Northgate Institute", (string?)null), (school.Institution, school.Area));
    }

    [Theory]
    [InlineData("Marine Biology")]
    [InlineData("Wirtschaftswissenschaften (Schwerpunkt: VWL)")]
    [InlineData("Web Development")]
    public void A_discipline_on_its_own_line_is_the_area(string line)
    {
        var school = OnlySchool($"Northgate Institute   2014 - 2018\n{line}");

        Assert.Equal(("Northgate Institute", line), (school.Institution, school.Area));
    }

    [Fact]
    public void After_a_line_that_names_no_discipline_only_subject_words_make_the_area()
    {
        var school = OnlySchool("Northgate Institute   2014 - 2018\nVelmora, Tarvania\nTeilnahme am Jugendprojekt Startklar");

        Assert.Null(school.Area);
    }

    [Fact]
    public void The_words_that_framed_a_grade_are_no_part_of_the_area()
    {
        var school = OnlySchool("Riverside Inter College, Orlam   HIGHSCHOOL\n2012 - 2014   PCM with 78% marks");

        Assert.Equal(("PCM", "78%"), (school.Area, school.Score));
    }

    [Fact]
    public void A_dash_opening_a_degree_line_marks_an_item_and_the_degree_is_read_after_it()
    {
        var school = OnlySchool("Northgate Institute   2014 - 2018\n– B.Comm Financial Accountancy");

        Assert.Equal(("B.Comm", "Financial Accountancy"), (school.StudyType, school.Area));
    }

    [Fact]
    public void A_field_between_the_degree_and_the_school_on_one_line_is_the_area()
    {
        var school = OnlySchool("M.Tech, Public Health, Northgate Institute\nSEP 2016 - JUN 2018");

        Assert.Equal(("Northgate Institute", "M.Tech", "Public Health"), (school.Institution, school.StudyType, school.Area));
    }
}
