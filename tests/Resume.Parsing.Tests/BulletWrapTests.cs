using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A bullet's text wrapped back to the margin under its glyph is the rest of that bullet, not a new entry.</summary>
public sealed class BulletWrapTests
{
    private static readonly Person Person = People.Backend;

    [Fact]
    public void Lines_wrapped_under_a_dash_in_lower_case_carry_on_its_highlight()
    {
        var resume = Read(ProducerShapes.BulletsWrappedToMargin(Person, DateStyle.LongMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }
}
