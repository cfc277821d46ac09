using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How a job's header lines are told from its items and cut into employer, title, place and dates, in the
/// arrangements real resumes use.</summary>
public sealed class WorkHeaderTests
{
    [Fact]
    public void A_black_circle_between_title_and_employer_separates_them()
    {
        var resume = Read("""
            Lotte Verbeek
            lotte.verbeek@example.com | +32 470 55 01 23

            WORK EXPERIENCE
            2021 - 2022
            Line Cook ● Harbor Bistro
            - Served the terrace tables through the summer season.

            2019 - 2020
            Stock Clerk ● Dune Sports Outlet
            - Labelled and shelved deliveries before opening time.
            """);

        Assert.Equal(["Harbor Bistro", "Dune Sports Outlet"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Line Cook", "Stock Clerk"], resume.Work.Select(w => w.Position));
    }

    [Fact]
    public void A_hyphen_typed_against_a_sentence_opens_a_list_item_and_ends_the_header_above()
    {
        var resume = Read("""
            Lotte Verbeek
            lotte.verbeek@example.com | +32 470 55 01 23

            WORK EXPERIENCE
            Line Cook, Harbor Bistro
            2021 - 2022
            -Served the terrace tables through the summer season.
            Stock Clerk, Dune Sports Outlet
            2019 - 2020
            -Labelled and shelved deliveries before opening time.
            """);

        Assert.Equal(["Harbor Bistro", "Dune Sports Outlet"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Served the terrace tables through the summer season."], resume.Work[0].Highlights);
        Assert.Equal(["Labelled and shelved deliveries before opening time."], resume.Work[1].Highlights);
    }
    [Fact]
    public void A_spaced_hyphen_inside_a_line_parted_by_long_dashes_stays_in_the_title()
    {
        var resume = Read("""
            Corin Blake
            corin.blake@example.com | (315) 555 0144

            EXPERIENCE
            Lakeside Fabrication, Utica, NY — Production Planner - Shipping Coordinator
            March 2022 - May 2024
            - Scheduled each week's cutting and welding jobs against the open orders.
            Lakeside Fabrication, Utica, NY — Quality Inspector
            June 2020 - March 2022
            - Measured finished brackets against the drawings before they shipped.
            """);

        Assert.Equal(["Lakeside Fabrication", "Lakeside Fabrication"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Production Planner - Shipping Coordinator", "Quality Inspector"], resume.Work.Select(w => w.Position));
    }
}
