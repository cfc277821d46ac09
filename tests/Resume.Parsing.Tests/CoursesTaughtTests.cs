using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An academic's list of courses taught (invented people): a line a term that names a course by its code or by
/// the level it was taught at, and no employer, is a course taught under an appointment listed elsewhere, not a job.</summary>
public sealed class CoursesTaughtTests
{
    [Fact]
    public void Course_lines_under_teaching_are_not_jobs()
    {
        var resume = Read(string.Join('\n',
            "Oren Castellanos",
            "oren.c@example.org",
            "",
            "Career",
            "Halden University     2020-2023",
            "Visiting Assistant Professor",
            "",
            "Teaching",
            "Machine Learning in Finance (postgraduate), head TA; Derivatives (undergraduate), TA     2024",
            "Portfolio Theory (undergraduate), TA     2023",
            "",
            "Education",
            "PhD Mathematics, University of Northam   2020"));

        Assert.Equal("Halden University", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void A_teaching_post_that_names_its_employer_stays_a_job()
    {
        var resume = Read(string.Join('\n',
            "Oren Castellanos",
            "oren.c@example.org",
            "",
            "Teaching Experience",
            "Teaching Assistant, MATH 241 Calculus III, Halden University     2019-2020",
            "",
            "Education",
            "PhD Mathematics, Halden University   2020"));

        Assert.Equal("Halden University", Assert.Single(resume.Work).Name);
    }
}
