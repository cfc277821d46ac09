using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A bullet's text wrapped back to the margin under its glyph is the rest of that bullet, not a new entry.</summary>
public sealed class BulletWrapTests
{
    private static readonly Person Person = People.Backend;

    [Theory]
    [InlineData("⋄")]
    [InlineData("➜")]
    [InlineData("✦")]
    [InlineData("◊")]
    public void A_less_common_glyph_before_each_line_makes_the_lines_highlights(string glyph)
    {
        var resume = Read($"""
            Hélène Marchal
            helene.marchal@example.fr | +33 6 12 34 56 78 | Lyon

            EXPÉRIENCE
            Ingénieure DevOps, Nuage Clair                                  01/2022 – 12/2024
            {glyph} Migration des services vers des conteneurs
            {glyph} Supervision et alertes des plateformes
            """);

        Assert.Equal(["Migration des services vers des conteneurs", "Supervision et alertes des plateformes"],
            Assert.Single(resume.Work).Highlights);
    }

    [Fact]
    public void Lines_wrapped_under_a_dash_in_lower_case_carry_on_its_highlight()
    {
        var resume = Read(ProducerShapes.BulletsWrappedToMargin(Person, DateStyle.LongMonth));

        Assert.Equal(Person.Jobs.Select(j => (j.Company, j.Position)), resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(Person.Jobs.Select(j => j.Highlights), resume.Work.Select(w => w.Highlights));
    }
}
