using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A template's footer row of icons under the last job: the handle with its "@", the number to call, and a
/// second handle shown beside its network's icon with no "@" ("WRENMAPS"). The row is how to reach the person, not a job.</summary>
public sealed class FooterHandleRowTests
{
    [Fact]
    public void A_row_of_a_number_and_handles_under_the_jobs_is_contact_not_a_job()
    {
        var resume = Read("""
            Wren Halloway
            Cartographer

            EXPERIENCE

            GIS TECHNICIAN • NORTHWIND POWER • OCT 2015 – NOV 2015
            • Edited the gas and electric facility layers
            • Kept the base map in step with the field crews

            @WRENHALLOWAY | 612-555-0147 | WRENMAPS

            EDUCATION

            BACHELOR OF SCIENCE, GEOGRAPHY • 2010 – 2013 • RIVER FALLS STATE UNIVERSITY
            """);

        Assert.Equal("612-555-0147", resume.Basics.Phone);
        var job = Assert.Single(resume.Work);
        Assert.Equal(2, job.Highlights.Count);
    }
}
