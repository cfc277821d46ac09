namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Word raises an ordinal's suffix ("1st", "22nd", "3rd", "1er") in a smaller size above the baseline: drawn on a line of
/// its own height, the suffix would read as a line (an item) of its own and cut the list item in two. A few small
/// letters raised right after a number belong to that number.
/// </summary>
internal static class Superscripts
{
    public static void Join(List<Chunk> chunks)
    {
        for (var k = chunks.Count - 1; k >= 0; k--)
        {
            var raised = chunks[k];
            if (raised.Text.Length is 0 or > 3 || !raised.Text.All(char.IsLower))
            {
                continue;
            }
            var number = chunks.FirstOrDefault(c => !ReferenceEquals(c, raised) && c.Text.Length > 0 && char.IsDigit(c.Text[^1])
                && raised.Size <= 0.85 * c.Size && Math.Abs(raised.Left - c.Right) <= Math.Max(1.5, 0.25 * c.Size)
                && c.Baseline - raised.Baseline >= 0.1 * c.Size && c.Baseline - raised.Baseline <= 0.6 * c.Size);
            if (number is null)
            {
                continue;
            }
            number.Text += raised.Text;
            number.Right = raised.Right;
            chunks.RemoveAt(k);
        }
    }
}
