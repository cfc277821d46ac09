using Resume.Parsing.Layout;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Years printed in small type along a timeline bar in the margin beside each entry (moderncv's timeline, designed
/// templates): the start just above the bar at the entry's title, the end just under it, each placed where its year
/// falls on the bar, so no two stand at one x and no margin column is found. Read as lines, each would be a line of its
/// own, an entry of a date and nothing else. A date alone in smaller type, left of the text beside it, dates that text:
/// two such labels stacked within a line's height are the two ends of one range, dating the line beside the upper one.
/// </summary>
internal static class TimelineLabels
{
    public static void Apply(List<TextLine> lines)
    {
        var labels = lines.Where(IsLabel).ToList();
        if (labels.Count == 0)
        {
            return;
        }
        var removed = new HashSet<TextLine>();
        for (var k = 0; k < labels.Count; k++)
        {
            var upper = labels[k];
            if (Beside(lines, upper) is not { } target)
            {
                continue;
            }
            var text = upper.Text.Trim();
            var (left, right) = (upper.Left, upper.Right);
            removed.Add(upper);
            // The other end stacked right under it, across the title's line.
            if (k + 1 < labels.Count && labels[k + 1] is var lower && lower.Page == upper.Page && lower.Column == upper.Column
                && lower.Top > upper.Top && lower.Top - upper.Top <= 1.5 * target.FontSize
                && StackedDates.Join(text, lower.Text.Trim()) is { } range)
            {
                text = range;
                (left, right) = (Math.Min(left, lower.Left), Math.Max(right, lower.Right));
                removed.Add(lower);
                k++;
            }
            target.Segments = [new LineSegment(text, left, right, FromMargin: true, Size: upper.FontSize), .. target.Segments];
            target.ResetText();
        }
        lines.RemoveAll(removed.Contains);
    }

    /// <summary>One end of a range alone on its line ("2021", "Present"), no glyph before it.</summary>
    private static bool IsLabel(TextLine line) =>
        line.HasGeometry && !line.Bullet && line.Segments.Count == 1 && StackedDates.IsEnd(line.Text);

    /// <summary>The line the label stands beside: the nearest line within half a line's height, set in larger type, whose
    /// text starts right of the label's middle (a label centred on its year may run a little past the column's edge). Null when there is none (a date on a line of its own in the text's flow).</summary>
    private static TextLine? Beside(List<TextLine> lines, TextLine label)
    {
        TextLine? best = null;
        var bestDistance = double.MaxValue;
        foreach (var line in lines)
        {
            if (ReferenceEquals(line, label) || line.Page != label.Page || line.Column != label.Column || IsLabel(line)
                || line.FontSize < label.FontSize + 1 || line.Left < (label.Left + label.Right) / 2 + 2 || line.Segments.Any(s => s.FromMargin))
            {
                continue;
            }
            var distance = Math.Abs(Middle(line) - Middle(label));
            if (distance <= 0.5 * line.FontSize && distance < bestDistance)
            {
                (best, bestDistance) = (line, distance);
            }
        }
        return best;
    }

    private static double Middle(TextLine line) => (line.Top + line.Bottom) / 2;
}
