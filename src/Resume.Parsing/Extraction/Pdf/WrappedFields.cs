using Resume.Parsing.Fields;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// An entry's header that runs its fields into one line in their own faces ("Postdoctoral Researcher, Plymouth Marine
/// In- | Sep 2018 – Feb 2021" over "stitute, Plymouth.", moderncv's \cventry in a narrow column) wraps the italic field
/// that reached the dates: the next line opens with the rest of that field in the same face, at the same left edge.
/// The rest belongs to the field, joined across TeX's hyphen; what follows it on that line (the town) stays there.
/// </summary>
internal static class WrappedFields
{
    public static void Apply(List<TextLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (!line.HasGeometry || !next.HasGeometry || next.Bullet || next.Page != line.Page || next.Column != line.Column
                || Math.Abs(next.Left - line.Left) > 1.5 || line.Segments.Count < 3 || next.Segments.Count == 0
                || next.Segments[0] is not { Italic: true } rest || rest.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 4
                || DateParser.Find(rest.Text) is not null || next.Top - line.Bottom > line.FontSize)
            {
                continue;
            }
            var field = WrappedAt(line);
            if (field < 0)
            {
                continue;
            }
            var head = line.Segments[field];
            var joined = head.Text.EndsWith('-') && rest.Text.Length > 0 && char.IsLower(rest.Text[0])
                ? head.Text[..^1] + rest.Text
                : head.Text + " " + rest.Text;
            // The town after it ("…Trust, Lowestoft.") is the header's last field, which the wrap pushed down with it.
            var town = next.Segments.Skip(1).ToList();
            var carried = town.Sum(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length) <= 4 ? town : [];
            line.Segments = [.. line.Segments.Take(field), head with { Text = joined }, .. carried, .. line.Segments.Skip(field + 1)];
            line.ResetText();
            if (next.Segments.Count == 1 + carried.Count)
            {
                lines.RemoveAt(i + 1);
                continue;
            }
            var left = next.Segments[1].Left;
            lines[i + 1] = new TextLine(next.Segments.Skip(1).ToList())
            {
                Page = next.Page, Top = next.Top, Bottom = next.Bottom, Left = left > 0 ? left : next.Left, Right = next.Right,
                ColumnRight = next.ColumnRight, FontSize = next.FontSize, Bold = next.Segments[1].Bold, Italic = next.Segments[1].Italic,
                Bullet = false, Indent = next.Indent, HeadingLevel = next.HeadingLevel, IsTitle = next.IsTitle, Underlined = next.Underlined,
                GapBefore = false, Column = next.Column, InSidebar = next.InSidebar, Links = next.Links, TypeSize = next.TypeSize,
                Larger = next.Larger,
            };
        }
    }

    /// <summary>The italic field, not the line's first, that ends right before the line's dates: where it was cut.</summary>
    private static int WrappedAt(TextLine line)
    {
        var last = line.Segments.Count - 1;
        if (DateParser.Find(line.Segments[last].Text) is not { } range || !DateParser.IsOnlyDate(line.Segments[last].Text, range))
        {
            return -1;
        }
        var field = last - 1;
        var segment = line.Segments[field];
        var gap = line.Segments[last].Left - segment.Right;
        return field > 0 && segment.Italic && !line.Segments[0].Italic && segment.Right > 0 && gap >= 0 && gap < 2 * line.FontSize ? field : -1;
    }
}
