namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// The left column of a tabular CV (a Lebenslauf's "Name", "Adresse", "08.2019 – 07.2022", a note such as "Wochenende
/// und Ferien" under a date) may hold as many letters as the values beside it, yet it is no flow of its own: each of its
/// items is a short block whose first line stands on the baseline of the first line of a block of the main column (the
/// value, the school, the employer). A sidebar's blocks keep their own rhythm, and a section heading set alone on its
/// row stands beside nothing.
/// </summary>
internal static class BlockAlignedMargin
{
    /// <summary>A label or date cell runs to a line or two under it at most; a sidebar's list runs on.</summary>
    private const int MaxItemLines = 3;

    private const int MinItems = 4;

    public static bool Holds(IReadOnlyList<Chunk> left, IReadOnlyList<Chunk> right)
    {
        var leftBlocks = Blocks(left);
        if (leftBlocks.Any(b => b.Count > MaxItemLines))
        {
            return false;
        }
        var rightFirsts = Blocks(right).Select(b => b[0]).ToList();
        var pairs = new List<(Chunk Label, Chunk Value)>();
        int astray = 0;
        foreach (var first in leftBlocks.Select(b => b[0]))
        {
            if (rightFirsts.FirstOrDefault(r => Math.Abs(r.Baseline - first.Baseline) <= 1.5) is { } value)
            {
                pairs.Add((first, value));
            }
            else if (right.Any(r => Math.Abs(r.Baseline - first.Baseline) < first.Size * 0.8))
            {
                // Level with a line inside a block of the main column: two flows that happen to share a row.
                astray++;
            }
        }
        // Both sides are columns: the labels share an edge (set flush left or flush right), and so do the values they
        // name. Pieces that merely share rows (a job's tags set right of its title) start wherever their text ends.
        return pairs.Count >= MinItems && astray * 5 <= pairs.Count
            && (Spread(pairs.Select(p => p.Label.Left)) <= 3 || Spread(pairs.Select(p => p.Label.Right)) <= 3)
            && Spread(pairs.Select(p => p.Value.Left)) <= 3;
    }

    private static double Spread(IEnumerable<double> xs)
    {
        var list = xs.ToList();
        return list.Max() - list.Min();
    }

    /// <summary>Rows in reading order, cut into blocks where the gap to the row above is wider than a line's pitch.</summary>
    private static List<List<Chunk>> Blocks(IReadOnlyList<Chunk> column)
    {
        var blocks = new List<List<Chunk>>();
        Chunk? previous = null;
        foreach (var c in column.OrderBy(c => c.Baseline))
        {
            if (previous is not null && Math.Abs(c.Baseline - previous.Baseline) <= 1)
            {
                continue;
            }
            if (previous is null || c.Baseline - previous.Baseline > 1.5 * Math.Max(c.Size, previous.Size))
            {
                blocks.Add([]);
            }
            blocks[^1].Add(c);
            previous = c;
        }
        return blocks;
    }
}
