using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Job descriptions written as running text rather than as a list.</summary>
public sealed class ProseEntryTests
{
    [Fact]
    public void A_paragraph_of_things_done_is_the_jobs_summary_not_its_highlights()
    {
        // Highlights are the items printed as a list; running text, even of sentences opening with what was done, is
        // read as the job's description (as the people who mark up real profiles read it).
        var resume = Read("""
            Olga Morozova
            olga@example.com

            WORK EXPERIENCE
            Senior Accountant
            Granite Robotics - Leeds, England
            May 2023 to Present
            Automated bank reconciliations in US GAAP, saving 80 hours a month. Prepared quarterly forecasts for
            8 cost centres within 6% accuracy. Managed 40 vendor accounts and $3.5M in annual payables.
            Led the audit for a $30M subsidiary with no findings.
            """);

        var job = Assert.Single(resume.Work);
        Assert.Empty(job.Highlights);
        Assert.StartsWith("Automated bank reconciliations in US GAAP", job.Summary);
        Assert.EndsWith("Led the audit for a $30M subsidiary with no findings.", job.Summary);
    }

    [Fact]
    public void A_paragraph_that_describes_the_job_stays_its_summary()
    {
        var resume = Read("""
            Olga Morozova
            olga@example.com

            WORK EXPERIENCE
            Senior Accountant
            Granite Robotics - Leeds, England
            May 2023 to Present
            The finance team of a robotics maker with 300 staff and three sites in the north of England. My work
            covered the ledgers, payables and the yearly audit, reporting to the finance director.
            """);

        var job = Assert.Single(resume.Work);
        Assert.Empty(job.Highlights);
        Assert.StartsWith("The finance team of a robotics maker", job.Summary);
    }
}
