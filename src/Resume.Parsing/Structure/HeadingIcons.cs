using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// Designed templates set a pictograph before each heading (a briefcase before "Experience", a cap before "Education"),
/// often in a font of its own and so a cell of its own. The pictograph is decoration: the heading is the words after it.
/// </summary>
internal static class HeadingIcons
{
    public static IReadOnlyList<TextLine> Strip(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (WithoutIcon(line) is { } heading)
            {
                result ??= [.. lines.Take(i)];
                result.Add(heading);
            }
            else
            {
                result?.Add(line);
            }
        }
        return result ?? lines;
    }

    /// <summary>The line without its leading pictograph, when what follows is one cell that names a section or is set
    /// as a heading is (capitals or bold); null otherwise. A dash or a bullet glyph before a sentence stays: that is a
    /// list item.</summary>
    private static TextLine? WithoutIcon(TextLine line)
    {
        if (line.Segments.Count != 2 || !IsIcon(line.Segments[0].Text))
        {
            return null;
        }
        var rest = line.Segments[1];
        var text = SectionSplitter.HeadingText(rest.Text);
        if (text.Length < 3 || !char.IsLetter(text[0]) || text.Count(c => c == ' ') > 4
            || HeadingLexicon.Match(text) is null && !SectionSplitter.IsAllCaps(text) && !(line.HasGeometry && rest.Bold))
        {
            return null;
        }
        return new TextLine([rest])
        {
            Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = rest.Left, Right = line.Right,
            FontSize = line.HasGeometry && rest.Size > 0 ? rest.Size : line.FontSize, Bold = line.HasGeometry ? rest.Bold : line.Bold,
            Italic = line.Italic, Bullet = false, Indent = line.Indent, HeadingLevel = line.HeadingLevel, IsTitle = line.IsTitle,
            Underlined = line.Underlined, GapBefore = line.GapBefore, Column = line.Column, InSidebar = line.InSidebar,
            ColumnRight = line.ColumnRight, TypeSize = line.TypeSize, Larger = line.Larger, Links = line.Links, Block = line.Block,
        };
    }

    /// <summary>One or two symbols with no letter or digit among them and no list mark: a pictograph (an emoji, an icon
    /// font's private-use glyph, a dingbat).</summary>
    private static bool IsIcon(string text)
    {
        var glyph = text.Trim();
        if (glyph.Length is 0 or > 2 || glyph.Any(char.IsLetterOrDigit) || glyph.All(Text.Bullets.IsBulletChar))
        {
            return false;
        }
        return glyph.All(c => char.IsSurrogate(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.OtherSymbol
            or System.Globalization.UnicodeCategory.PrivateUse or System.Globalization.UnicodeCategory.MathSymbol
            or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format);
    }
}
