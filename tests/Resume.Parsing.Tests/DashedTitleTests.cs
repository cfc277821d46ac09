using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A title with its qualifier after a dash ("Office Assistant – Market Research") beside a piece that names the
/// employer is one title: the dash does not part a title from its employer when the employer stands elsewhere.</summary>
public sealed class DashedTitleTests
{
    [Fact]
    public void A_dashed_title_beside_its_employer_on_the_same_row_stays_whole()
    {
        var resume = Read("""
            Jack Woods
            jack.woods@example.com

            EXPERIENCE
            2016 - 2019    Front of House - Bar Staff    The Anchor, Millbrook
            • Served the bar and ran the cellar
            """);

        Assert.Equal("Front of House - Bar Staff", resume.Work[0].Position);
        Assert.StartsWith("The Anchor", resume.Work[0].Name);
    }

    [Fact]
    public void A_dashed_title_over_its_employers_line_stays_whole()
    {
        var resume = Read("""
            Jack Woods
            jack.woods@example.com

            EXPERIENCE
            Office Assistant – Market Research
            Office Team, A Brightline Staffing Company, New York, NY
            March 2020 - December 2020
            • Filed the survey returns
            """);

        Assert.Equal(("Office Team, A Brightline Staffing Company", "Office Assistant – Market Research"),
            (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void An_employer_and_its_unit_after_a_dash_under_the_title_still_part()
    {
        var resume = Read("""
            Ana Ruiz
            ana.ruiz@example.com

            EXPERIENCE
            Technical Functional Analyst                 Dec 2024 – Present
            Vantoria Clinics — Laboratory Information Systems
            • Wrote the interface specifications
            """);

        Assert.Equal(("Vantoria Clinics", "Technical Functional Analyst"), (resume.Work[0].Name, resume.Work[0].Position));
    }
}
