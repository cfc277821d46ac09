using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A job's line that names the title, then the employer with its town glued on and the state after a comma
/// ("Team Lead, Harbor Roasters Seattle, WA"): the town goes with the state, not with the employer's name.</summary>
public sealed class GluedTownTests
{
    [Fact]
    public void A_known_town_glued_to_the_employer_before_its_state_is_the_place()
    {
        var resume = Read("""
            Delia Marchetti
            delia.marchetti@example.com | (360) 555-0178

            Experience

            Team Lead, Harbor Roasters Seattle, WA
            November 2013 – Present
            Ran the morning shift of a busy café and kept the weekly orders.

            Education

            Seattle Central College
            Associate of Science, Nursing
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Harbor Roasters", "Team Lead", "Seattle, WA"), (job.Name, job.Position, job.Location));
    }
}
