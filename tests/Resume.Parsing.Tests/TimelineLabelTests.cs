using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>Years set small along a timeline bar in the margin (moderncv's timeline): the start just above the bar at the
/// entry's title, the end just under it, each at its own x, a label centred on its year running a little into the text
/// column. They date the title beside them, not lines of their own.</summary>
public sealed class TimelineLabelTests
{
    [Fact]
    public void Small_years_stacked_around_a_title_in_the_margin_date_that_title()
    {
        var bytes = Page(
            Words(72, 760, 20, "Oskar Lindqvist", Upright),
            Words(72, 740, 10, "oskar.lindqvist@example.se", Upright),
            Words(100, 700, 14, "Work Experience", Upright),
            Words(83, 683.6, 8, "2023", Upright),
            Words(100, 680, 11, "Lead Hydrologist, Fjordvatten AB, Bergen", Upright),
            Words(110, 666, 10, "Modelled flood risk for coastal towns.", Upright),
            Words(84, 643.6, 8, "2017", Upright),
            Words(100, 640, 11, "Field Engineer, Norrland Kraft, Umea", Upright),
            Words(70, 631.5, 8, "2022", Upright),
            Words(110, 626, 10, "Surveyed river gauges across the north.", Upright));
        var resume = Read(bytes);

        Assert.Equal(["Fjordvatten AB", "Norrland Kraft"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Lead Hydrologist", "Field Engineer"], resume.Work.Select(w => w.Position));
        Assert.Equal(["2023", "2017"], resume.Work.Select(w => w.StartDate));
        Assert.Equal("2022", resume.Work[1].EndDate);
    }
}
