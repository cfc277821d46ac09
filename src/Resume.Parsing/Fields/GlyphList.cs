using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// A list whose items each open with a glyph ("•", "◦", "{"): a line without one, set right under the text of the item
/// above it, carries that item on, however short the line above stopped. Authors break an item's line on purpose
/// ("Extended ERPNext … (SQL)" / "→ reduced manual reporting time", "Entwicklung von Treibern" / "(Input, Sensoren)"),
/// and the next item of such a list would have its own glyph.
/// </summary>
internal static class GlyphList
{
    /// <summary>Whether the body's items are marked by glyphs: at least two lines open with one.</summary>
    public static bool Marks(IReadOnlyList<TextLine> body) => body.Count(l => l.Bullet) >= 2;

    /// <summary>The line hangs under the text of a glyph's item, as the item's own wrapped line does: no glyph of its
    /// own, its left edge on the item's text, right under the line above (same page, same size).</summary>
    public static bool HangsUnderItem(TextLine itemStart, TextLine previous, TextLine line) =>
        itemStart.Bullet && !line.Bullet && line.HasGeometry && itemStart.HasGeometry && previous.HasGeometry
        && line.Page == previous.Page && line.Page == itemStart.Page
        && Math.Abs(line.Left - itemStart.Left) <= Math.Max(1.5, 0.15 * line.FontSize)
        && Math.Abs(line.FontSize - itemStart.FontSize) <= 0.5
        && line.Top - previous.Top <= 1.6 * line.FontSize;
}
