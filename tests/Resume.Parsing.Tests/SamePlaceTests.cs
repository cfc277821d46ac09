using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Jobs held in one town, the town set apart on one job's line and glued to the title on another's
/// ("Cashier Lawton, OK"): the section names the place once, so it closes the other line the same way.</summary>
public sealed class SamePlaceTests
{
    [Fact]
    public void A_place_read_for_one_job_is_cut_from_the_end_of_another_jobs_title()
    {
        var resume = Read("""
            Jonah Pettibone
            jonah.pettibone@example.com | 580-555-0199

            Employment History

            Riverside Kitchen
            01/2020 to 10/2021 | Line Cook | Lawton, OK
            • Grilled and fried to order for the dinner rush
            • Rotated the stock so the oldest went first

            Fairview Fairgrounds
            06/2015 to 10/2019 Cashier Lawton, OK
            • Rang up sales quickly to keep the lines short

            Education

            Elgin High School
            High School Diploma, 2015
            """);

        Assert.Equal([("Riverside Kitchen", "Line Cook", "Lawton, OK"), ("Fairview Fairgrounds", "Cashier", "Lawton, OK")],
            resume.Work.Select(w => (w.Name, w.Position, w.Location)));
    }
}
