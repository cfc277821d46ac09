using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// "Employer (Title, dates)": a header that brackets the role with its dates after the employer parts as the commas
/// inside it say, not as one piece with an unclosed bracket.
/// </summary>
public sealed class DatedParenthesesTests
{
    [Fact]
    public void A_role_and_its_dates_in_brackets_after_the_employer_part_into_employer_title_and_dates()
    {
        var resume = Read(string.Join('\n',
            "# Nora Quist",
            "",
            "nora.quist@example.org",
            "",
            "## Working Experience",
            "",
            "### Harbor Lane Ceramics (Owner, 2021 - present)",
            "* Runs the studio and its online shop.",
            "",
            "### Tidewater Analytics (Senior Data Consultant, 2018 - 2021)",
            "* Built forecasting models for retail clients.",
            "* Led a team of three analysts.",
            ""));
        Assert.Equal(2, resume.Work.Count);
        Assert.Equal("Harbor Lane Ceramics", resume.Work[0].Name);
        Assert.Equal("Owner", resume.Work[0].Position);
        Assert.Equal("2021", resume.Work[0].StartDate);
        Assert.Null(resume.Work[0].EndDate);
        Assert.Equal("Tidewater Analytics", resume.Work[1].Name);
        Assert.Equal("Senior Data Consultant", resume.Work[1].Position);
        Assert.Equal("2021", resume.Work[1].EndDate);
    }

    [Theory]
    [InlineData("Kubernetes (CKA)")]
    [InlineData("Engineer (2019 - 2021)")]
    [InlineData("(Owner, 2021)")]
    [InlineData("Koch (Festeinstellung ab 1.04.2014)")]
    public void Brackets_without_words_before_a_closing_date_stay_as_written(string cell) =>
        Assert.Null(Resume.Parsing.Fields.DatedParentheses.Opened(cell));
}
