namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Logos typeset with letters nudged off the baseline (TeX's "E" lowered between "T" and "X", LaTeX's "A" raised): the
/// nudged letter falls outside its line's band and forms a row of its own, so "LaTeX" reads "LATX" and a stray "E".
/// A row of one or two letters standing in a gap between two letters of a row less than half an em above or below it,
/// the gap as wide as the letters, belongs to that row.
/// </summary>
internal static class DisplacedLetters
{
    public static void Join(List<List<Glyph>> rows)
    {
        for (var k = rows.Count - 1; k >= 0; k--)
        {
            var letters = rows[k].Where(g => !g.Space).ToList();
            if (letters.Count is 0 or > 2 || !letters.All(g => g.Text.Length == 1 && char.IsLetter(g.Text[0])))
            {
                continue;
            }
            var host = rows.FirstOrDefault(r => !ReferenceEquals(r, rows[k]) && Holds(r, letters));
            if (host is null)
            {
                continue;
            }
            host.AddRange(rows[k]);
            host.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            rows.RemoveAt(k);
        }
    }

    /// <summary>The row has a letter right before the nudged ones and another right after, no wider apart than the
    /// nudged letters plus a fraction of an em, on a baseline less than half an em away.</summary>
    private static bool Holds(List<Glyph> row, List<Glyph> letters)
    {
        var (left, right) = (letters.Min(g => g.Left), letters.Max(g => g.Right));
        var size = letters.Max(g => g.Size);
        var slack = 0.25 * size;
        // A row is glyphs within a fraction of an em of one baseline, so its first glyph rules out the far rows of the
        // page in one comparison, before their glyphs are walked.
        if (row.Count == 0 || Math.Abs(row[0].Baseline - letters[0].Baseline) > 1.5 * size)
        {
            return false;
        }
        Glyph? before = null, after = null;
        foreach (var g in row)
        {
            if (g.Space)
            {
                continue;
            }
            if (g.Right <= left + slack && g.Right >= left - slack)
            {
                before = g;
            }
            if (g.Left >= right - slack && g.Left <= right + slack && after is null)
            {
                after = g;
            }
        }
        return before is { } b && after is { } a && char.IsLetter(b.Text[^1]) && char.IsLetter(a.Text[0])
            && Math.Abs(b.Baseline - letters[0].Baseline) < 0.5 * b.Size && Math.Abs(b.Size - size) <= 0.35 * b.Size
            && !row.Any(g => !g.Space && g.Left < right - slack && g.Right > left + slack);
    }
}
