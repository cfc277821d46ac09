namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A band of contact details across the foot of a page of two columns (a designed template's coloured strip: the
/// e-mail under the sidebar, the phone over the gutter, the address under the main column). It is neither column's
/// text: read with the columns, its pieces would end the sidebar's last section and the main column's; read as one row
/// after both, it is one line of contact details.
/// </summary>
internal static class FooterBand
{
    /// <summary>Most pieces a footer band holds (an e-mail, a phone, an address over two lines, a link or two).</summary>
    private const int MaxPieces = 6;

    /// <summary>Takes the band's chunks out of <paramref name="body"/> and returns them; empty when there is none.</summary>
    public static List<Chunk> Take(List<Chunk> body, double gutter)
    {
        var crossing = body.Where(c => c.Left < gutter - 2 && c.Right > gutter + 2).ToList();
        if (crossing.Count == 0 || body.Count < 8)
        {
            return [];
        }
        var (top, bottom) = (body.Min(c => c.Top), body.Max(c => c.Bottom));
        var bandTop = crossing.Min(c => c.Top);
        // In the foot of the page, and nothing but the band from there down.
        if (bandTop < top + 0.75 * (bottom - top))
        {
            return [];
        }
        var band = body.Where(c => c.Bottom > bandTop).ToList();
        if (band.Count > MaxPieces)
        {
            return [];
        }
        body.RemoveAll(band.Contains);
        return band;
    }
}
