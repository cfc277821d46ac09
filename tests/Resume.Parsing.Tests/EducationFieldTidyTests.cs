using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>What a degree's entry reports once read, whatever layout it came from: a field of study is words, and a
/// line that names a degree is not reported as the field.</summary>
public sealed class EducationFieldTidyTests
{
    private static string Resume(string education) => $"""
        Jana Novak
        jana.novak@example.org | +420 601 555 123 | Brno

        Experience
        Process Engineer, Moravia Foods s.r.o., Brno
        2021 – present
        - Ran the plant's quality audits

        Education
        {education}
        """;

    [Fact]
    public void A_degree_line_that_cannot_be_split_is_the_degree_not_the_field()
    {
        var resume = Read(Resume("""
            Brno Institute of Chemistry
            Engineering Degree Food Technology
            2016 – 2021
            """));

        var degree = Assert.Single(resume.Education);
        Assert.Equal("Engineering Degree Food Technology", degree.StudyType);
        Assert.Null(degree.Area);
    }

    [Fact]
    public void A_grade_on_the_line_a_field_would_take_is_the_grade()
    {
        var resume = Read(Resume("""
            Brno Institute of Chemistry
            Engineering Degree Food Technology
            2016 – 2021
            Masaryk Lyceum
            3.92
            2012 – 2016
            """));

        var school = resume.Education[1];
        Assert.Equal("Masaryk Lyceum", school.Institution);
        Assert.Null(school.Area);
        Assert.Equal("3.92", school.Score);
    }
}
