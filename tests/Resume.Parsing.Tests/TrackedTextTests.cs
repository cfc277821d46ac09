using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Letter-spaced text (each glyph placed on its own with tracking after it, as CSS letter-spacing prints) whose words
/// include one of a single glyph ("&amp;", "—"): that word has no gap of its own to show the tracking, so the spaces
/// around it are read against the words beyond.
/// </summary>
public sealed class TrackedTextTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void A_tracked_heading_with_an_ampersand_and_tracked_ranges_with_a_lone_dash_are_read_as_words()
    {
        var resume = Read(ProducerShapes.LetterSpacedLoneGlyphs(Person));

        Assert.Equal([SectionKinds.Work, SectionKinds.Education], resume.Meta.Sections.Select(s => s.Kind));
        Assert.Equal(Person.Jobs.Select(j => j.Company), resume.Work.Select(w => w.Name!));
        Assert.Equal([("2021-03", null), ("2017-09", "2021-02")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(Person.Schools.Select(s => s.Institution), resume.Education.Select(e => e.Institution!));
    }
}
