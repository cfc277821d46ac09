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
}
