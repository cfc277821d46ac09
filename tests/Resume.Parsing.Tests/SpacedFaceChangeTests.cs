using DocumentFormat.OpenXml;
using static Resume.Fixtures.DocxResume;
using W = DocumentFormat.OpenXml.Wordprocessing;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A Word line "08/2023 to Present : Shift Lead␣␣" in bold with "Tulsa, OK" in italic after it: the typed
/// spaces and the change of face part the title from the town, as a tab would.</summary>
public sealed class SpacedFaceChangeTests
{
    [Fact]
    public void Two_spaces_and_a_change_of_face_part_a_title_from_its_town()
    {
        var resume = Read(Compose((body, _) => body.Append(
            Bold("RONAN BECKETT"), Plain("Tulsa, OK 74103 | ronan.beckett@example.com"),
            Styled("Employment History", "Heading1"),
            Bold("Prairie Chicken Co."),
            Line(("08/2023 to Present : Shift Lead  ", false), ("Tulsa, OK", true)),
            Bullet("Led the crew through the dinner rush"),
            Bold("Northside Diner"),
            Line(("01/2020 to 07/2023 : Line Cook  ", false), ("Broken Arrow, OK", true)),
            Bullet("Prepared the grill and fryer stations"))));

        Assert.Equal([("Prairie Chicken Co.", "Shift Lead", "Tulsa, OK"), ("Northside Diner", "Line Cook", "Broken Arrow, OK")],
            resume.Work.Select(w => (w.Name, w.Position, w.Location)));
    }

    /// <summary>One paragraph of bold runs, each in italic where asked.</summary>
    private static W.Paragraph Line(params (string Text, bool Italic)[] runs)
    {
        var paragraph = new W.Paragraph();
        foreach (var (text, italic) in runs)
        {
            var properties = new W.RunProperties(new W.Bold());
            if (italic)
            {
                properties = new W.RunProperties(new W.Italic());
            }
            paragraph.Append(new W.Run(properties, new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return paragraph;
    }
}
