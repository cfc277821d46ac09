using DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Headings as designed templates decorate them: a pictograph in a cell of its own before the words.</summary>
public sealed class HeadingDecorationTests
{
    [Fact]
    public void A_pictograph_before_each_heading_leaves_the_headings_opening_their_sections()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("Jonas Brinkmann"),
            Plain("jonas.brinkmann@example.com"),
            IconHeading("\U0001F464", "PROFILE"),
            Plain("Plant engineer who keeps two packing lines running around the clock."),
            IconHeading("\U0001F4BC", "EXPERIENCE"),
            Plain("Maintenance Engineer, Nordlicht Packaging, 2019 - 2024"),
            Bullet("Cut the downtime of line 2 by a third"),
            IconHeading("\U0001F393", "EDUCATION"),
            Plain("Hochschule Emden/Leer"),
            Plain("B.Eng. Mechanical Engineering, 2013 - 2017"),
            IconHeading("\U0001F6E0", "SKILLS"),
            Plain("Predictive maintenance, SAP PM, AutoCAD"))));

        Assert.Single(resume.Work);
        Assert.Equal("Hochschule Emden/Leer", Assert.Single(resume.Education).Institution);
        Assert.Contains("AutoCAD", resume.Keywords());
    }

    /// <summary>An emoji, a tab, then the heading in bold capitals: the icon stands in a cell of its own.</summary>
    private static Paragraph IconHeading(string icon, string text) => new(
        new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(icon)),
        new Run(new TabChar()),
        new Run(new RunProperties(new Bold()), new DocumentFormat.OpenXml.Wordprocessing.Text(text)));
}
