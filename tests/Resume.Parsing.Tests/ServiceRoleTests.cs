using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Board seats and club roles as profile exports print them (employer, title, dates with their length, place):
/// the officer's title is the title, and a "Leadership and mentoring" section holds volunteer roles, not jobs.</summary>
public sealed class ServiceRoleTests
{
    private const string Resume = """
        Robin Okafor
        robin.okafor@example.com | (555) 014-9981

        EXPERIENCE

        Lindenfield Analytics
        Director of Product Marketing
        March 2017 - Present
        Natick, Massachusetts
        - Launched three analytics products to school districts

        Harborlight Adventures
        Chairman of the Board of Directors
        September 2014 - December 2020 (6 years 4 months)
        Newton, MA
        - Led the board through a period of growth

        Tri-County Standards Council
        Treasurer, Board of Directors
        March 2009 - January 2015 (5 years 11 months)
        Washington DC-Baltimore Area
        - Kept the council's accounts

        LEADERSHIP AND MENTORING

        Riverside Little League
        Youth Baseball Coach
        February 2016 - June 2017
        - Coached a team of eleven-year-olds

        EDUCATION

        Eastmoor University
        Bachelor of Science in Physics
        2000 - 2004
        """;

    [Fact]
    public void A_board_officers_title_beside_its_organisation_and_place_is_the_title()
    {
        var resume = Read(Resume);

        Assert.Equal(["Lindenfield Analytics", "Harborlight Adventures", "Tri-County Standards Council"], resume.Work.Select(w => w.Name!));
        Assert.Equal(["Director of Product Marketing", "Chairman of the Board of Directors", "Treasurer, Board of Directors"],
            resume.Work.Select(w => w.Position!));
    }

    [Fact]
    public void A_leadership_and_mentoring_section_holds_volunteer_roles()
    {
        var resume = Read(Resume);

        var role = Assert.Single(resume.Volunteer);
        Assert.Equal(("Riverside Little League", "Youth Baseball Coach"), (role.Organization!, role.Position!));
        Assert.DoesNotContain(resume.Work, w => w.Name == "Riverside Little League");
    }
}
