using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// Running text under a heading read as skills ("Logiciels", "Software", "Compétences" in an academic dossier): each line
/// runs to the column's edge and the margin, not the writer, breaks it (the next line's first word had no room left),
/// and the words run on for long stretches between commas. A list of skills wraps too, but its items are short; a
/// description of a package, a project or a method is a sentence, whatever label it starts with ("rcites: Client R pour
/// accéder à …"). A bullet is an item however long it runs, so a paragraph that opens on one is never prose here.
/// </summary>
internal static class WrappedProse
{
    /// <summary>A sentence runs this many words at least.</summary>
    private const int MinWords = 12;

    /// <summary>A list's items run a few words each; prose runs this many words between separators.</summary>
    private const double MinWordsPerItem = 7;

    /// <summary>The lines of the paragraphs of running text among <paramref name="lines"/>, and how many paragraphs
    /// they make.</summary>
    public static HashSet<TextLine> Lines(IReadOnlyList<TextLine> lines, out int paragraphs)
    {
        var found = new HashSet<TextLine>();
        paragraphs = 0;
        for (var i = 0; i < lines.Count;)
        {
            var end = i;
            while (end + 1 < lines.Count && WrapsInto(lines[end], lines[end + 1]))
            {
                end++;
            }
            if (end > i && !lines[i].Bullet && IsRunningText(lines, i, end))
            {
                paragraphs++;
                for (var k = i; k <= end; k++)
                {
                    found.Add(lines[k]);
                }
            }
            i = end + 1;
        }
        return found;
    }

    /// <summary>The margin broke <paramref name="line"/>: the line is one run of text, the next goes on in the same type
    /// from the same left edge (a list set flush right has ragged left edges), and its first word would not have fitted
    /// at the end of this one.</summary>
    private static bool WrapsInto(TextLine line, TextLine next)
    {
        // A row of cells (a label, its item, a level) is a table's row however far it runs, not a line of a sentence.
        if (!line.HasGeometry || !next.HasGeometry || line.ColumnRight <= 0 || line.Segments.Count > 1 || next.Bullet || line.Page != next.Page
            || line.Column != next.Column || Math.Abs(line.FontSize - next.FontSize) >= 0.3 || Math.Abs(next.Left - line.Left) > 2
            || next.Top - line.Bottom > line.FontSize || OpensRow(next))
        {
            return false;
        }
        return LineWrap.FirstWordWouldNotFit(line, next);
    }

    /// <summary>A row of cells that opens on a capital ("FORTRAN 90 | I've used …", "Databases | SQL Server, …") starts a
    /// labelled row of its own; a sentence's wrapped rest goes on mid-sentence.</summary>
    private static bool OpensRow(TextLine line) =>
        line.Segments.Count > 1 && line.Segments[0].Text.TrimStart() is { Length: > 0 } first && char.IsUpper(first[0]);

    private static bool IsRunningText(IReadOnlyList<TextLine> lines, int start, int end)
    {
        var text = string.Join(" ", Enumerable.Range(start, end - start + 1).Select(k => lines[k].Text.Trim()));
        var words = Text.Words.Count(text);
        var items = Math.Max(1, KeywordSplitter.Split(text).Count);
        return words >= MinWords && (double)words / items >= MinWordsPerItem;
    }
}
