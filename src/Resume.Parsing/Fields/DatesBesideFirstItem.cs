using Resume.Parsing.Extraction.Pdf;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Employer, Title ‖ Town" over "• Built … ‖ September 2021 – Present": where the header's right cell holds the place,
/// the entry's range drops to the row under it, flush with the same right edge, beside the first item; a range too long
/// for the cell wraps onto the second item's row ("September 2019 – July" over "2021"). The range dates the entry: read
/// with the items, the header would stay undated and the items end in dates (or a stray "2021" open an entry). A header
/// that holds its range may wrap it the same way, its last word beside the first item.
/// </summary>
internal static class DatesBesideFirstItem
{
    public static void Lift(List<TextLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (header, item) = (lines[i], lines[i + 1]);
            if (header.Bullet || !item.Bullet || !header.HasGeometry || !item.HasGeometry || header.Page != item.Page
                || header.Segments.Count < 2 || item.Segments.Count < 2)
            {
                continue;
            }
            var edge = header.Segments[^1].Right;
            var cell = item.Segments[^1];
            if (Math.Abs(cell.Right - edge) > 3)
            {
                continue;
            }
            if (DateParser.Find(header.Text) is not null)
            {
                // "… ‖ September 2015 – June" over "• GPA: 3.5 ‖ 2016": the header's own range, wrapped in its cell.
                var own = header.Segments[^1];
                var joined = own.Text.Trim() + " " + cell.Text.Trim();
                if (!cell.Text.Trim().Contains(' ') && PageLines.ContinuesMarginText(own.Text, cell.Text) && OnlyRange(joined)
                    && DateParser.Find(own.Text) is { } partial && DateParser.IsOnlyDate(own.Text, partial))
                {
                    header.Segments = [.. header.Segments.SkipLast(1), own with { Text = joined, Right = Math.Max(own.Right, cell.Right) }];
                    item.Segments = [.. item.Segments.SkipLast(1)];
                    header.ResetText();
                    item.ResetText();
                }
                continue;
            }
            var text = cell.Text.Trim();
            var right = cell.Right;
            TextLine? wrapped = null;
            // The range's end wrapped under it, alone at the same edge on the next item's row.
            if (i + 2 < lines.Count && lines[i + 2] is { HasGeometry: true, Segments.Count: >= 2 } next && next.Page == item.Page
                && Math.Abs(next.Segments[^1].Right - edge) <= 3 && next.Segments[^1].Text.Trim() is var end && !end.Contains(' ')
                && PageLines.ContinuesMarginText(text, end) && OnlyRange(text + " " + end))
            {
                text = text + " " + end;
                wrapped = next;
            }
            if (!OnlyRange(text))
            {
                continue;
            }
            header.Segments = [.. header.Segments, cell with { Text = text, Right = Math.Max(right, wrapped?.Segments[^1].Right ?? right) }];
            item.Segments = [.. item.Segments.SkipLast(1)];
            header.ResetText();
            item.ResetText();
            if (wrapped is not null)
            {
                wrapped.Segments = [.. wrapped.Segments.SkipLast(1)];
                wrapped.ResetText();
            }
        }
    }

    private static bool OnlyRange(string text) => DateParser.Find(text) is { IsRange: true } range && DateParser.IsOnlyDate(text, range);
}
