using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>"Achievements/Tasks" over each job's bullets: two captions joined name no job of their own.</summary>
public sealed class JoinedCaptionTests
{
    [Fact]
    public void Captions_joined_by_a_slash_over_the_bullets_stay_inside_the_job()
    {
        const string text = """
            Saira Qureshi
            saira.qureshi@example.com | +92 300 5550147

            WORK EXPERIENCE
            Quality Analyst, Tessaract Labs   11/2023 - Present
            Achievements/Tasks
            - Tested forty mobile releases before launch
            - Wrote the regression checklist for the payments team
            Junior Tester, Brightline Systems   06/2022 - 10/2023
            Duties & Responsibilities
            - Logged and triaged defects from customer reports
            """;

        var resume = Read(text);

        Assert.Equal(["Tessaract Labs", "Brightline Systems"], resume.Work.Select(w => w.Name));
        Assert.Equal(2, resume.Work[0].Highlights.Count);
        Assert.Single(resume.Work[1].Highlights);
    }
}
