using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

namespace Resume.Parsing.Tests;

/// <summary>A list whose items open with a glyph, some broken by hand before the column's edge: the glyph-less line set
/// under an item's text carries that item on, though the line above stopped short and the line starts in capitals.</summary>
public sealed class GlyphListTests
{
    [Fact]
    public void A_line_hung_under_a_glyphs_text_after_a_short_line_carries_that_item_on()
    {
        static string Item(double y, string text) => Words(82, y, 10, "{", Icons) + Words(94, y, 10, text, Upright);

        var resume = Read(Page(
            Words(72, 760, 20, "Ilse Vandermeer", Upright),
            Words(72, 740, 10, "ilse.vandermeer@example.nl", Upright),
            Words(72, 700, 14, "Werdegang", Bold),
            Words(72, 680, 10, "03/2019-05/2023 Embedded Engineer, Polderlicht BV, Delft.", Upright),
            Item(666, "Board support packages for Linux"),
            Words(94, 654, 10, "(Yocto, Buildroot, Android)", Upright),
            Item(642, "Kernel drivers for sensors"),
            Item(630, "Migration plans for older boards"),
            Words(94, 618, 10, "Reduced field failures by a third", Upright)));

        var job = Assert.Single(resume.Work);
        Assert.Equal(["Board support packages for Linux (Yocto, Buildroot, Android)", "Kernel drivers for sensors",
            "Migration plans for older boards Reduced field failures by a third"], job.Highlights);
    }
}
