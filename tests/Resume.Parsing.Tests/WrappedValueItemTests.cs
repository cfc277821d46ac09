using static Resume.Parsing.Tests.EuropassForm;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// In a CV of labels beside values, the activities value is a list without bullets, one item a line; an item too long
/// for the value column wraps and its last words ("units", "26%") go on the next line. They end the item; they are no
/// item of their own.
/// </summary>
public sealed class WrappedValueItemTests
{
    private const double Right = 556;

    [Fact]
    public void An_activity_that_ran_to_the_value_columns_edge_goes_on_in_the_next_line()
    {
        var resume = Read(Page());

        var job = Assert.Single(resume.Work);
        Assert.Equal(
            [
                "Designed a stock forecasting model adopted by all eight regional business units",
                "Cut spoilage of chilled goods across the distribution centres by 26%",
                "Ran weekly replenishment reviews with the buying team",
                "Kept the warehouse, transport and store teams on one shared plan",
            ],
            job.Highlights);
    }

    private static byte[] Page() => EuropassForm.Draw(
        [("First name(s) / Surname(s)", "Tomasz Wierzbicki"), ("Address", "Gdańsk, Poland"), ("E-mail", "tomasz.wierzbicki@example.com")],
        c =>
        {
            EuropassForm.Heading(c, "Work experience");
            Field(c, "Dates", "04/2018 - present");
            Field(c, "Occupation or position held", "Supply Chain Analyst");
            // Each wrapped line ends a few points short of the column's edge, too close for its next word.
            c.DrawRight("Main activities and responsibilities", LabelRight, LabelSize);
            c.DrawRight("Designed a stock forecasting model adopted by all eight regional business", Right - 6, ValueSize);
            c.Advance(12);
            c.Draw("units", Value, ValueSize);
            c.Advance(12);
            c.DrawRight("Cut spoilage of chilled goods across the distribution centres by", Right - 4, ValueSize);
            c.Advance(12);
            c.Draw("26%", Value, ValueSize);
            c.Advance(12);
            c.Draw("Ran weekly replenishment reviews with the buying team", Value, ValueSize);
            c.Advance(12);
            c.DrawRight("Kept the warehouse, transport and store teams on one shared plan", Right, ValueSize);
            c.Advance(12);
            Field(c, "Name and address of employer", "Baltic Grocers S.A., Gdańsk");
            c.Advance(12);
            EuropassForm.Heading(c, "Education and training");
            Field(c, "Dates", "10/2013 - 06/2018");
            Field(c, "Title of qualification awarded", "Master of Science");
            Field(c, "Principal subjects / occupational", "Logistics");
            Field(c, "Name and type of organisation", "Gdańsk University of Technology");
        });
}
