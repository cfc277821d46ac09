using DocumentFormat.OpenXml;
using static Resume.Fixtures.DocxResume;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word paragraph of items typed by hand, "● Cooked to order. ● Learned to switch between the grill and the
/// tables.": each glyph typed after a sentence opens an item of its own.</summary>
public sealed class TypedBulletItemTests
{
    [Fact]
    public void A_bullet_typed_after_a_sentence_in_one_paragraph_opens_the_next_item()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("MARLEY OYELARAN"), Plain("Lawton, OK 73507 | marley.oyelaran@example.com"),
            Styled("Employment History", "Heading1"),
            Bold("Prairie Drive-In"), Bold("10/2021 to 06/2022 : Cook/Carhop"),
            Typed("●", " Cooked to order in a fast-paced kitchen. ", "●", " Learned to switch between the grill and the cars, and to think quickly."),
            Typed("●", " Kept the stations clean and stocked."),
            Styled("Education", "Heading1"), Plain("Elgin High School, 2022"))));

        Assert.Equal(["Cooked to order in a fast-paced kitchen.", "Learned to switch between the grill and the cars, and to think quickly.",
            "Kept the stations clean and stocked."], Assert.Single(resume.Work).Highlights);
    }

    [Fact]
    public void A_glyph_between_words_stays_a_separator()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("MARLEY OYELARAN"), Plain("marley.oyelaran@example.com"),
            Styled("Skills", "Heading1"),
            Typed("Food safety ", "●", " Cash handling ", "●", " Scheduling"))));

        Assert.Equal(["Food safety", "Cash handling", "Scheduling"], resume.Keywords());
    }

    /// <summary>One paragraph of plain runs, the glyphs typed as text of their own runs.</summary>
    private static W.Paragraph Typed(params string[] runs) =>
        new(runs.Select(text => new W.Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
}
