using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Whether a page's lines were laid out as a table, as far as the text shows it: section headings in a label column
/// beside their content, or rows whose cells start at the same places. A PDF keeps no table structure, but an ATS that
/// reads it line by line meets the same trouble as with a Word table.
/// </summary>
internal static class TableShape
{
    public static bool Detect(List<TextLine> lines, int first)
    {
        var labels = 0;
        var rows = new List<double[]>();
        for (var i = first; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Segments.Count > 1 && line.Segments[0].FromMargin
                && HeadingLexicon.Match(SectionSplitter.HeadingText(line.Segments[0].Text)) is { Exact: true })
            {
                labels++;
            }
            if (line.Segments.Count >= 3)
            {
                rows.Add([.. line.Segments.Skip(1).Select(s => s.Left)]);
            }
        }
        return labels >= 2 || HasGrid(rows);
    }

    /// <summary>Three rows or more whose inner cells start at two or more common x positions.</summary>
    private static bool HasGrid(List<double[]> rows)
    {
        for (var a = 0; a < rows.Count; a++)
        {
            var matches = 0;
            for (var b = 0; b < rows.Count; b++)
            {
                if (a != b && rows[a].Count(x => rows[b].Any(y => Math.Abs(x - y) <= 2)) >= 2)
                {
                    matches++;
                }
            }
            if (matches >= 2)
            {
                return true;
            }
        }
        return false;
    }
}
