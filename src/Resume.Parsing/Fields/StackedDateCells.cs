using Resume.Parsing.Extraction.Pdf;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// An entry's range set as a stack in the date cells of its first two header lines, the end over the start ("Present"
/// beside the project's name, "May2018" beside its subtitle), as timeline classes print them. Read line by line, the
/// top end would date a line of its own and "Present" name the entry. A present word over a date, or a word for "since"
/// over the start of a range still running, is such a stack wherever it stands; two dates, later over earlier, only in
/// a section that stacks a present word so (a run of single-dated lines, as awards and degrees print, is left alone).
/// </summary>
internal static partial class StackedDateCells
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*" + DateWords.Since + @"\s*:?\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SinceWord();

    public static void Join(List<TextLine> lines)
    {
        var stacks = false;
        for (var i = 0; i + 1 < lines.Count && !stacks; i++)
        {
            stacks = Pair(lines, i) is { Present: true };
        }
        if (!stacks)
        {
            return;
        }
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (Pair(lines, i) is not { } pair)
            {
                continue;
            }
            var (line, next) = (lines[i], lines[i + 1]);
            var (top, bottom) = (line.Segments[0], next.Segments[0]);
            line.Segments = [top with { Text = pair.Range, Left = Math.Min(top.Left, bottom.Left), Right = Math.Max(top.Right, bottom.Right) }, .. line.Segments.Skip(1)];
            next.Segments = [.. next.Segments.Skip(1)];
            line.ResetText();
            next.ResetText();
        }
    }

    /// <summary>The range two lines' first cells stack, later end over start; null when they are no such stack.</summary>
    private static (string Range, bool Present)? Pair(List<TextLine> lines, int i)
    {
        var (line, next) = (lines[i], lines[i + 1]);
        if (line.Bullet || next.Bullet || line.Segments.Count < 2 || next.Segments.Count < 2
            || i > 0 && DatesFirst(lines[i - 1]) || i + 2 < lines.Count && DatesFirst(lines[i + 2]))
        {
            return null;
        }
        var (top, bottom) = (line.Segments[0], next.Segments[0]);
        if (line.HasGeometry && next.HasGeometry && (bottom.Left > top.Right || bottom.Right < top.Left))
        {
            return null;
        }
        if (DateParser.Find(bottom.Text) is not { IsRange: false, Start: { } start } date || !DateParser.IsOnlyDate(bottom.Text, date))
        {
            return null;
        }
        // "since" over "09/2021": the word that opens a range still running, set above its start.
        if (SinceWord().IsMatch(top.Text))
        {
            return ($"{top.Text.Trim()} {bottom.Text.Trim()}", true);
        }
        if (!StackedDates.IsEnd(top.Text))
        {
            return null;
        }
        if (DateParser.Find(top.Text) is not { Start: { } end })
        {
            return StackedDates.Join(top.Text.Trim(), bottom.Text.Trim()) is { } present ? (present, true) : null;
        }
        return string.CompareOrdinal(end, start) > 0 && end.Length == start.Length ? ($"{bottom.Text.Trim()} – {top.Text.Trim()}", false) : null;
    }

    private static bool DatesFirst(TextLine line) =>
        line.Segments.Count > 1 && DateParser.Find(line.Segments[0].Text) is { } d && DateParser.IsOnlyDate(line.Segments[0].Text, d);
}
