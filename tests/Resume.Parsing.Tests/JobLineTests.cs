using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How people type a job's line by hand in a word processor: several titles before the employer, a run of
/// dashes between the employer and its town, colons between employer, address and title.</summary>
public sealed class JobLineTests
{
    [Fact]
    public void Two_titles_before_the_employer_are_one_position_and_the_employer_stays_the_employer()
    {
        var resume = Read("""
            Owen Marsh
            owen.marsh@example.com

            EXPERIENCE
            09/2012 – 07/2021
            Shop Assistant • Duty Manager • Hollin Frozen Foods
            2004 - 2010
            Baker • baker • Ashgrove Family Bakery
            • Ran the ovens on the early shift
            """);

        Assert.Equal([("Hollin Frozen Foods", "Shop Assistant / Duty Manager"), ("Ashgrove Family Bakery", "Baker")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_run_of_dashes_sets_the_employer_apart_from_its_town()
    {
        var resume = Read("""
            Rena Adair
            rena.adair@example.com

            EXPERIENCE
            2016-2018   Larkspur Financial ------------------------------- Boston MA
                Web application architecture and implementation, automation.
            2011-2012   Tern Interactive ----------------------------------- Cambridge MA
                Software implementation, client services, mentor.
            """);

        Assert.Equal(["Larkspur Financial", "Tern Interactive"], resume.Work.Select(w => w.Name));
        Assert.Equal(["2016", "2011"], resume.Work.Select(w => w.StartDate));
    }

    [Fact]
    public void Colons_between_employer_address_and_title_separate_them()
    {
        var resume = Read("""
            Abel Storrow
            abel.storrow@example.com

            WORK EXPERIENCE:
            Fairway Links Club : 10 Meadow Lane, Rye, New York: Grounds Manager
            From: 2012 – Present
            • Kept eighteen greens in tournament condition
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Fairway Links Club", "Grounds Manager", "2012"), (job.Name, job.Position, job.StartDate));
    }

    [Fact]
    public void Dates_that_close_each_job_date_the_job_whose_lines_stand_above_them()
    {
        var resume = Read("""
            Abel Storrow
            abel.storrow@example.com

            WORK EXPERIENCE:
            Fairway Links Club : 10 Meadow Lane, Rye, New York: Grounds Manager
            From: 2012 – Present
            Harbour Street Boutique, Belair Road, Baltimore, Maryland
            Co-owner responsible for the shop floor and its stock. Chose vendors and ran the sales.
            From: 2007-2010
            """);

        Assert.Equal([("Fairway Links Club", "2012", (string?)null), ("Harbour Street Boutique", "2007", "2010")],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
    }
}
