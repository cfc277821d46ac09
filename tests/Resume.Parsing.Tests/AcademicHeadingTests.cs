using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings of academic CVs (invented people): two words sharing one noun ("Research &amp; Professional
/// Experience") name the section that noun names with either; "Works in Progress" lists papers, not jobs.</summary>
public sealed class AcademicHeadingTests
{
    [Theory]
    [InlineData("Research & Professional Experience")]
    [InlineData("Research and Professional Experience")]
    public void Two_qualifiers_of_experience_open_the_work_section(string heading)
    {
        var resume = Read(string.Join('\n',
            "Leon Achterberg",
            "leon.a@example.org",
            "",
            heading,
            "Summer Associate, Brookfield Analytics   2023",
            "Actuarial Intern, Tallis Insurance   2017",
            "",
            "Education",
            "PhD Economics, University of Northam   2025"));

        Assert.Equal(["Brookfield Analytics", "Tallis Insurance"], resume.Work.Select(w => w.Name!));
    }

    [Fact]
    public void Works_in_progress_are_papers_not_jobs()
    {
        var resume = Read(string.Join('\n',
            "Leon Achterberg",
            "leon.a@example.org",
            "",
            "Experience",
            "Summer Associate, Brookfield Analytics   2023",
            "",
            "Works in Progress",
            "“Patient Responses to Formulary Changes”, with A. Imre and B. Salo",
            "“Why Limited Unit Auctions Occur”",
            "",
            "Education",
            "PhD Economics, University of Northam   2025"));

        Assert.Equal("Brookfield Analytics", Assert.Single(resume.Work).Name);
    }
}
