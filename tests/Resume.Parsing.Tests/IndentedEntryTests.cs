using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Entry lines set right of the bullets under them: the items' wrapped lines, hanging back under the items'
/// text, are no margin the entries' own lines are indented from.</summary>
public sealed class IndentedEntryTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void An_employers_line_indented_past_the_bullets_wrapped_lines_still_heads_its_job()
    {
        var resume = Read(IndentedEntryShapes.EntryLinesRightOfBullets(Person));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(["2021-03", "2017-09"], resume.Work.Select(w => w.StartDate!));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights.Count), resume.Work.Select(w => w.Highlights.Count));
    }
}
