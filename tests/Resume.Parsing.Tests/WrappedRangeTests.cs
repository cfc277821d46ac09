using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A job's line that runs to the page's edge inside the range closing it ("…, July 2015 — October" / "2017"):
/// the lone year ends the range; it is no line of its own and the month is no employer.</summary>
public sealed class WrappedRangeTests
{
    private const string Resume = """
        Casey Dumont
        casey.dumont@example.com | (780) 555-0142

        Experience

        Welder Apprentice, Northgate Trailer Works, Edmonton, AB, August 2017 — Present
        - Welded frames and axles for custom cargo trailers
        Kitchen Helper, Maple Street Pizza, Edmonton, AB, July 2015 — October
        2017
        - Prepared dough and toppings for the dinner rush

        Education

        Ross Sheppard High School, Edmonton, AB
        High School Diploma, 2015
        """;

    [Fact]
    public void A_range_wrapped_after_its_end_month_ends_in_the_year_on_the_next_line()
    {
        var resume = Read(Resume);

        Assert.Equal([("Northgate Trailer Works", "Welder Apprentice"), ("Maple Street Pizza", "Kitchen Helper")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal([("2017-08", null), ("2015-07", "2017-10")], resume.Work.Select(w => (w.StartDate!, w.EndDate)));
    }
}
