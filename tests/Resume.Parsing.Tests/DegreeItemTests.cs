using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Degree lists whose schools carry no school word ("CENTRINA", "TECNOVA"), and degree headers wrapped after a
/// dangling dash.</summary>
public sealed class DegreeItemTests
{
    private static IReadOnlyList<Resume.Model.Education> Degrees(string lines) =>
        Read($"Ana Ruiz\nana@example.com\n\nEXPERIENCE\nAnalyst | Harbour Freight | 2020 - 2023\n• Planned routes.\n\nEDUCATION\n{lines}\n").Education;

    [Theory]
    [InlineData("• Tecnólogo em Gestão Ambiental – CENTRINA (Cursando)\n• Técnico em Logística – TECNOVA", "Tecnólogo", "CENTRINA", "Técnico", "TECNOVA")]
    [InlineData("• Bachelor of Science in Biology – MERIDIA (in progress)\n• Diploma in Workplace Safety – FORTIS", "Bachelor of Science", "MERIDIA", "Diploma", "FORTIS")]
    public void Bulleted_items_that_each_open_with_a_degree_are_a_degree_each(string lines, string firstType, string firstSchool, string secondType, string secondSchool)
    {
        var degrees = Degrees(lines);

        Assert.Equal([(firstType, firstSchool), (secondType, secondSchool)], degrees.Select(d => (d.StudyType, d.Institution)));
        Assert.All(degrees, d => Assert.NotNull(d.Area));
    }

    [Fact]
    public void Items_under_one_degree_stay_its_details()
    {
        var degree = Assert.Single(Degrees("• Bachelor of Science in Biology – MERIDIA\n• Dean's list, thesis on river ecology"));

        Assert.Equal(("Bachelor of Science", "Biology"), (degree.StudyType, degree.Area));
    }

    [Fact]
    public void A_school_line_wrapped_after_a_dash_keeps_its_school_and_town_apart()
    {
        var degree = Assert.Single(Degrees("Harlow Fields Academie Idaho, Rexburg, Idaho —\nBusiness Analytics (BS) (In Progress)\nNovember 2021 - May 2024"));

        Assert.Equal(("Harlow Fields Academie Idaho", "BS", "Business Analytics", "2021-11"), (degree.Institution, degree.StudyType, degree.Area, degree.StartDate));
    }
}
