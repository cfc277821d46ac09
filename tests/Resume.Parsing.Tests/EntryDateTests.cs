using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Entry dates set apart from each other by the layout: a range wrapped in a narrow left column after "to", a
/// month in spaced capitals set far from its year.</summary>
public sealed class EntryDateTests
{
    [Fact]
    public void A_year_month_range_wrapped_after_to_in_a_left_column_keeps_its_end_and_the_employer()
    {
        var resume = Read("""
            Ines Ferreira
            ines@example.com

            PROFESSIONAL EXPERIENCE
            2021-12 to    Analytics Engineer, Lodestar AB, Pittsburgh, PA
            2025-04
                          • Built Scala pipelines processing 7 TB of clickstream data per day
            2018-03 to    Data Analyst, Willowbrook B.V., Pittsburgh, PA
            2021-11
                          • Cut the monthly close report from 3 days to 4 hours
            """);

        Assert.Equal(["Lodestar AB", "Willowbrook B.V."], resume.Work.Select(w => w.Name));
        Assert.Equal([("2021-12", "2025-04"), ("2018-03", "2021-11")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_month_set_far_from_its_year_starts_the_range_and_the_title_below_is_not_taken_for_a_company()
    {
        var resume = Read("""
            Kim Seo-yeon
            seoyeon@example.com

            CAREER HISTORY
            JAN    2023 – PRESENT
            Senior Machine Learning Engineer, Arbor Games Inc., Vancouver, BC
            • Trained a ranking model that lifted click-through rate by 26%

            MAR    2019 – DEC 2022
            Machine Learning Engineer, Halcyon Labs, Vancouver, BC
            • Cut inference cost by 27% by distilling a transformer
            """);

        Assert.Equal(["Arbor Games Inc.", "Halcyon Labs"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Senior Machine Learning Engineer", "Machine Learning Engineer"], resume.Work.Select(w => w.Position));
        Assert.Equal([("2023-01", null), ("2019-03", "2022-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }
}
