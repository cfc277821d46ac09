using Resume.Parsing.Structure;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Short sections set as a grid inside one column (designed templates put "Projects" beside "Certificates", then
/// "Languages" beside "Interests", each over its own short list): a row of two or three section headings in one type,
/// side by side and nothing else on the row, opens a band of cells. Each cell is read down under its heading before
/// the next one, until a row that crosses a cell's edge or a heading standing alone closes the band; read across, the
/// lists of two sections would alternate line by line under the first heading.
/// </summary>
internal static class SectionGrid
{
    public static List<List<Chunk>> Unfold(List<List<Chunk>> rows)
    {
        List<List<Chunk>>? result = null;
        for (var i = 0; i < rows.Count; i++)
        {
            if (Edges(rows[i]) is not { } edges)
            {
                result?.Add(rows[i]);
                continue;
            }
            result ??= [.. rows.Take(i)];
            var end = i + 1;
            while (end < rows.Count && !ClosesBand(rows[end], edges))
            {
                end++;
            }
            var cells = new List<List<Chunk>>[edges.Count];
            for (var k = 0; k < cells.Length; k++)
            {
                cells[k] = [];
            }
            for (var r = i; r < end; r++)
            {
                foreach (var group in rows[r].GroupBy(c => Cell(c, edges)).OrderBy(g => g.Key))
                {
                    cells[group.Key].Add([.. group]);
                }
            }
            foreach (var cell in cells)
            {
                result.AddRange(cell);
            }
            i = end - 1;
        }
        return result ?? rows;
    }

    /// <summary>The left edges of the headings when the row is two or three section headings side by side in one
    /// type; null otherwise.</summary>
    private static List<double>? Edges(List<Chunk> row)
    {
        if (row.Count is < 2 or > 3 || row.Any(c => c.BulletGlyph))
        {
            return null;
        }
        var first = row[0];
        foreach (var c in row)
        {
            if (Math.Abs(c.Size - first.Size) > 0.3 || c.Bold != first.Bold
                || HeadingLexicon.Match(SectionSplitter.HeadingText(c.Text)) is not { Exact: true })
            {
                return null;
            }
        }
        var ordered = row.OrderBy(c => c.Left).ToList();
        for (var k = 1; k < ordered.Count; k++)
        {
            // Cells apart, not words of one heading: a gap wider than a few spaces of the heading's type.
            if (ordered[k].Left - ordered[k - 1].Right < 2 * first.Size)
            {
                return null;
            }
        }
        return [.. ordered.Select(c => c.Left)];
    }

    /// <summary>A row closes the band when one of its chunks runs over a cell's edge, or when it is a single section
    /// heading at the band's left edge (the next section set across the column).</summary>
    private static bool ClosesBand(List<Chunk> row, List<double> edges)
    {
        if (row.Any(c => edges.Skip(1).Any(x => c.Left < x - 4 && c.Right > x + 4)))
        {
            return true;
        }
        if (Edges(row) is not null)
        {
            return true;
        }
        return row.Count == 1 && !row[0].BulletGlyph && Math.Abs(row[0].Left - edges[0]) <= 4
            && HeadingLexicon.Match(SectionSplitter.HeadingText(row[0].Text)) is { Exact: true };
    }

    private static int Cell(Chunk c, List<double> edges)
    {
        var k = edges.Count - 1;
        while (k > 0 && c.Left < edges[k] - 4)
        {
            k--;
        }
        return k;
    }
}
