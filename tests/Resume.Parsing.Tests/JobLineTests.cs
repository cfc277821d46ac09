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
    public void Three_hyphens_typed_between_title_and_employer_part_them_as_a_dash()
    {
        var resume = Read("""
            Kofi Asamoah-Boateng
            kofi.asamoah@example.com

            WORK EXPERIENCE
            Field reporter --- Harbour Works Ltd (2022)
            Steel bender --- Owusu Construction (2019 - 2021)
            Warehouse assistant -- Tamale Builders Supply (2018)

            EDUCATION
            BSc Information Technology, Coastal University, 2021 - 2024
            """);

        Assert.Equal([("Harbour Works Ltd", "Field reporter"), ("Owusu Construction", "Steel bender"), ("Tamale Builders Supply", "Warehouse assistant")],
            resume.Work.Select(w => (w.Name, w.Position)));
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

    [Fact]
    public void An_employer_and_its_town_typed_on_the_dates_line_are_who_and_where()
    {
        var resume = Read("""
            Dana Kerr
            dana.kerr@example.com

            Experience
            Aspen Trailer Works, Edmonton, AB, August 2017 — Present
            Kitchen Helper,Capital Pizza, Edmonton, AB, July 2015 — October 2017
            Line Cook, Alder S.L., Brno, June 2013 — June 2015
            """);

        Assert.Equal([("Aspen Trailer Works", null, "Edmonton, AB"), ("Capital Pizza", "Kitchen Helper", "Edmonton, AB"), ("Alder S.L.", "Line Cook", "Brno")],
            resume.Work.Select(w => (w.Name, w.Position, w.Location)));
    }

    [Fact]
    public void A_unit_named_before_an_employer_the_section_names_alone_is_not_the_employer()
    {
        var resume = Read("""
            Dana Kerr
            dana.kerr@example.com

            EXPERIENCE
            Research Assistant    June 2022 – Present
            University of Vermont, Amherst, MA
            • Coded survey answers for the politics department
            Department Assistant     May 2022 - Present
            Data Science and Social Research, University of Vermont, Amherst, MA
            • Drafted planning papers for the programme director
            """);

        Assert.Equal([("University of Vermont", "Research Assistant"), ("University of Vermont", "Department Assistant")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_qualifier_dashed_onto_a_title_stays_in_the_title_when_the_section_names_the_employer_alone()
    {
        var resume = Read("""
            Dana Kerr
            dana.kerr@example.com

            WORK EXPERIENCE
            Cloud Engineer, Brightline Inc.
            May 2021 - May 2023
            • Ran the cloud overlay team
            Marketing Manager - Service Providers, Brightline Inc.
            Jul 2020 - May 2021
            • Wrote the technical documentation
            """);

        Assert.Equal([("Brightline Inc.", "Cloud Engineer"), ("Brightline Inc.", "Marketing Manager - Service Providers")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void Pieces_that_read_alike_take_the_order_the_sections_other_jobs_use()
    {
        var resume = Read("""
            Owen Marsh
            owen.marsh@example.com

            EXPERIENCE
            Shop Assistant • Hollin Frozen Foods        09/2012 – 07/2021
            • Ran the tills on the late shift
            Butcher • Perry Follows Butchers        2004 - 2010
            • Dressed and cut the counter's meat
            """);

        Assert.Equal([("Hollin Frozen Foods", "Shop Assistant"), ("Perry Follows Butchers", "Butcher")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void An_employers_line_closed_by_its_town_and_state_over_the_title_gives_the_place_apart()
    {
        var resume = Read("""
            Noor Rahman
            noor.rahman@example.com

            EXPERIENCE
            Hopewell Community, Loch Harbor, NY
            Direct Support Professional
            October 2015 - Present
            • Supported residents with daily living
            Ridge Surveying, Middletown, NY
            Site Supervisor
            December 2013 - May 2015
            • Ran the survey crew
            """);

        Assert.Equal([("Hopewell Community", "Loch Harbor, NY"), ("Ridge Surveying", "Middletown, NY")],
            resume.Work.Select(w => (w.Name, w.Location)));
    }
}
