using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// A heading the author did not start on a line of its own runs on at the end of the paragraph before it, in its own
/// larger, bold type ("Tools Jira, TestRail" then "Employment History" on one baseline). Read as one line, the heading
/// is lost and its whole section joins the one before; cut off, it opens its section.
/// </summary>
internal static class TrailingHeadings
{
    public static IReadOnlyList<TextLine> Split(IReadOnlyList<TextLine> lines, double bodySize)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (Heading(line, bodySize) is { } heading)
            {
                result ??= [.. lines.Take(i)];
                var before = line.Segments.Take(line.Segments.Count - 1).ToList();
                result.Add(Copy(line, before, line.Left, before[^1].Right, before.Max(s => s.Size), before.Count(s => s.Bold) * 2 > before.Count, line.Bullet));
                result.Add(Copy(line, [heading], heading.Left, heading.Right, heading.Size, heading.Bold, false));
                continue;
            }
            result?.Add(line);
        }
        return result ?? lines;
    }

    /// <summary>The line's last phrase when it is a section's very name, set bold and clearly larger than the body text
    /// and than the rest of the line, and run on from it at a word's distance (not a cell of its own across a gap).</summary>
    private static LineSegment? Heading(TextLine line, double bodySize)
    {
        if (!line.HasGeometry || line.Segments.Count < 2 || bodySize <= 0)
        {
            return null;
        }
        var last = line.Segments[^1];
        var before = line.Segments[^2];
        if (last.FromMargin || !last.Bold || last.Size < bodySize + 0.9 || line.Segments.Take(line.Segments.Count - 1).Any(s => s.Size > last.Size / 1.15))
        {
            return null;
        }
        if (last.Left - before.Right > 0.6 * before.Size || last.Left < before.Right - 1)
        {
            return null;
        }
        return HeadingLexicon.Match(SectionSplitter.HeadingText(last.Text)) is { Exact: true } ? last : null;
    }

    private static TextLine Copy(TextLine line, IReadOnlyList<LineSegment> segments, double left, double right, double size, bool bold, bool bullet) => new(segments)
    {
        Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = left, Right = right, ColumnRight = line.ColumnRight,
        FontSize = size, Bold = bold, Bullet = bullet, Indent = line.Indent, HeadingLevel = line.HeadingLevel,
        IsTitle = line.IsTitle, Underlined = line.Underlined, GapBefore = line.GapBefore, Column = line.Column,
        InSidebar = line.InSidebar, Links = line.Links, TypeSize = line.TypeSize, Larger = line.Larger,
    };
}
