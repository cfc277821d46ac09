namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A justified line whose spaces are drawn (LibreOffice and Word set a space glyph, then move the next word on by the
/// line's stretch): every space of the line carries the same padding, so a space plus padding there is a word gap,
/// not the edge of a cell. Cells set apart by a space and a tab's padding differ with the text in them, and chips set
/// apart by runs of typed spaces have more than one space in each gap.
/// </summary>
internal static class JustifiedSpaces
{
    /// <summary>The padding (in ems) that the row's spaces share, or null when they do not share one: fewer than three
    /// padded spaces, paddings that differ, or one too wide for a justified line of text.</summary>
    public static double? Padding(List<Glyph> row, double[]? tracking)
    {
        List<double>? pads = null;
        Glyph? prev = null;
        var spaceWidth = 0.0;
        for (var k = 0; k < row.Count; k++)
        {
            var g = row[k];
            if (g.Space)
            {
                if (spaceWidth > 0)
                {
                    return null; // spaces typed in a run ("C#   Go   SQL") part chips; a justified line has one per gap
                }
                spaceWidth = g.Right - g.Left;
                continue;
            }
            if (g.Icon)
            {
                (prev, spaceWidth) = (null, 0);
                continue;
            }
            if (prev is { } p && spaceWidth > 0)
            {
                var em = Math.Min(g.Size, p.Size);
                (pads ??= []).Add((g.Left - p.Right - (tracking?[k] ?? 0) - spaceWidth) / em);
            }
            (prev, spaceWidth) = (g, 0);
        }
        if (pads is not { Count: >= 3 })
        {
            return null;
        }
        var (low, high) = (pads.Min(), pads.Max());
        // Every space stretched alike, and by less than an em: wider padding is a layout's cell, not a line's stretch.
        return low > 0 && high < 1.0 && high - low <= Math.Max(0.04, high * 0.1) ? high + 0.02 : null;
    }
}
