using Resume.Parsing.Layout;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A bullet drawn from a symbol font often extracts as some other mark ("{", "|", "~"): the same lone mark opening three
/// or more lines at one left edge of a column is that layout's bullet, whatever character it reads as.
/// </summary>
internal static class RepeatedMarks
{
    private const int MinLines = 3;

    public static void Apply(List<TextLine> lines)
    {
        Dictionary<(int Page, int Column, int Left, char Mark), int>? counts = null;
        foreach (var line in lines)
        {
            if (Mark(line) is { } mark)
            {
                counts ??= [];
                var key = (line.Page, line.Column, (int)Math.Round(line.Left), mark);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        if (counts is null || !counts.Values.Any(n => n >= MinLines))
        {
            return;
        }
        foreach (var line in lines)
        {
            if (Mark(line) is { } mark && counts[(line.Page, line.Column, (int)Math.Round(line.Left), mark)] >= MinLines)
            {
                var first = line.Segments[0];
                line.Segments = first.Text.Length == 1
                    ? [.. line.Segments.Skip(1)]
                    : [first with { Text = first.Text[2..].TrimStart() }, .. line.Segments.Skip(1)];
                line.Bullet = true;
                line.ResetText();
            }
        }
    }

    /// <summary>A line that is not yet a list item and opens with a lone mark that never opens prose, then a space or
    /// a gap (the mark a cell of its own).</summary>
    private static char? Mark(TextLine line)
    {
        if (line.Bullet || !line.HasGeometry || line.Segments.Count == 0)
        {
            return null;
        }
        var text = line.Segments[0].Text;
        var lone = text.Length == 1 && line.Segments.Count > 1 || text.Length > 3 && text[1] == ' ' && text[2] != ' ';
        return lone && text[0] is '{' or '}' or '|' or '~' or '^' or '¦' or '\\' or '=' or '§' ? text[0] : null;
    }
}
