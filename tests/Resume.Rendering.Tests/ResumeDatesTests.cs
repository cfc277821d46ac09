using Resume.Rendering.Optimized;

namespace Resume.Rendering.Tests;

public sealed class ResumeDatesTests
{
    [Theory]
    [InlineData("2021-01", null, "Jan 2021 – Present")]
    [InlineData("2018-06-15", "2020-12-01", "Jun 2018 – Dec 2020")]
    [InlineData("2018", "2022", "2018 – 2022")]
    [InlineData(null, "2020-07", "Jul 2020")]
    [InlineData("2020-07", "2020-07", "Jul 2020")]
    [InlineData("Summer 2019", "2020-13", "Summer 2019 – 2020")]
    [InlineData(null, null, "")]
    public void Dates_are_written_one_way(string? start, string? end, string expected) =>
        Assert.Equal(expected, ResumeDates.Range(start, end));
}
