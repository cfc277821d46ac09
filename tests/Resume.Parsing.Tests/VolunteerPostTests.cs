using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Unpaid posts listed among the jobs: a person labelling the page files them as volunteer work, as JSON
/// Resume does; a post that runs volunteers is a job.</summary>
public sealed class VolunteerPostTests
{
    [Fact]
    public void A_post_titled_as_volunteering_under_experience_is_volunteer_work()
    {
        var resume = Read("""
            Marisol Quintero
            marisol.quintero@example.com | Tucson, AZ

            EXPERIENCE
            Pharmacy Technician, Desert Bloom Pharmacy                         2022 – Present
            • Filled 180 prescriptions a day
            Hospital Volunteer, Saguaro Regional Medical Center                2020 – 2022
            • Guided visitors and delivered flowers to wards
            Volunteer Coordinator, Tucson Food Share                           2018 – 2020
            • Scheduled 60 volunteers a week
            """);

        Assert.Equal([("Desert Bloom Pharmacy", "Pharmacy Technician"), ("Tucson Food Share", "Volunteer Coordinator")],
            resume.Work.Select(w => (w.Name, w.Position)));
        var served = Assert.Single(resume.Volunteer);
        Assert.Equal(("Saguaro Regional Medical Center", "Hospital Volunteer", "2020"), (served.Organization, served.Position, served.StartDate));
        Assert.Equal(["Guided visitors and delivered flowers to wards"], served.Highlights);
    }

    [Fact]
    public void A_title_that_says_for_whom_the_service_was_done_names_the_organisation()
    {
        var resume = Read("""
            Tomas Verbeke
            tomas.verbeke@example.com

            WORK EXPERIENCE
            Sales Assistant, Noordzee Retail BV                                2023 – 2024
            • Ran the till on weekends
            Volunteer for the Ghent Riverside Clean-up Project                 2021 – 2022
            • Organised monthly litter picks
            """);

        Assert.Equal(["Noordzee Retail BV"], resume.Work.Select(w => w.Name));
        var served = Assert.Single(resume.Volunteer);
        Assert.Equal(("Ghent Riverside Clean-up Project", "Volunteer"), (served.Organization, served.Position));
    }
}
