using System.Globalization;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A month range whose dash a design tool sets far from its dates, so that the three read as three cells.</summary>
public sealed class SpacedDateRangeTests
{
    private static readonly Person Person = People.Backend with
    {
        Jobs = [People.Backend.Jobs[0] with { End = new(2024, 8, 1) }, People.Backend.Jobs[1]],
    };

    [Fact]
    public void A_dash_set_apart_between_two_dates_joins_them_into_one_range_and_is_no_employer()
    {
        var resume = Read(SpacedDateRanges.Timeline(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture)), resume.Work.Select(w => w.StartDate!));
        Assert.Equal(Person.Jobs.Select(j => j.End?.ToString("yyyy-MM", CultureInfo.InvariantCulture)), resume.Work.Select(w => w.EndDate));
    }
}
