using Resume.Parsing.Layout;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// The next item of a tagged list is an item though no bullet is drawn before it (a picture bullet is an image): a line
/// that opens a list item other than the one above, set like that bulleted line's text, starts an item of its own.
/// Only the next item: some producers (Canva) tag entry headers as list items too, and those are set apart.
/// </summary>
internal static class TaggedItems
{
    public static void Apply(List<TextLine> lines)
    {
        for (var k = 1; k < lines.Count; k++)
        {
            var (above, line) = (lines[k - 1], lines[k]);
            if (line.Block >= 0 && above.Block >= 0 && line.Block != above.Block && above.Bullet && !line.Bullet
                && line.Page == above.Page && Math.Abs(line.Left - above.Left) < 2 && line.Bold == above.Bold
                && Math.Abs(line.FontSize - above.FontSize) < 0.5)
            {
                line.Bullet = true;
            }
        }
    }
}
