namespace Resume.Parsing.Layout;

/// <summary>Cuts a segment at a word boundary near an x position, estimating where each character falls: for cells set so
/// close that the extractor read them as one phrase.</summary>
internal static class SegmentSplit
{
    public static (LineSegment Left, LineSegment Right)? At(LineSegment segment, double x)
    {
        var text = segment.Text;
        if (text.Length < 3 || segment.Right <= segment.Left || x <= segment.Left + 2 || x >= segment.Right - 2)
        {
            return null;
        }
        var charWidth = (segment.Right - segment.Left) / text.Length;
        var best = -1;
        var bestDistance = double.MaxValue;
        for (var i = 1; i < text.Length - 1; i++)
        {
            if (text[i] != ' ')
            {
                continue;
            }
            var distance = Math.Abs(segment.Left + (i + 1) * charWidth - x);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = i;
            }
        }
        if (best < 0 || bestDistance > Math.Max(3 * charWidth, 12))
        {
            return null;
        }
        var cut = segment.Left + (best + 1) * charWidth;
        return (segment with { Text = text[..best].TrimEnd(), Right = cut - charWidth },
                segment with { Text = text[(best + 1)..].TrimStart(), Left = cut, FromMargin = false });
    }
}
