using Resume.Parsing.Structure;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Finds the one vertical gutter (if any) that splits a page's body into two columns, and tells a sidebar (its own flow of
/// text) from a margin of labels and dates (which belong to the lines beside them).
/// </summary>
internal static class ColumnDetector
{
    private const double MinGutterWidth = 4;

    public static ColumnSplit Detect(IReadOnlyList<Chunk> body, double pageWidth)
    {
        if (body.Count < 8)
        {
            return new ColumnSplit(ColumnRole.Single, 0);
        }
        var width = (int)Math.Ceiling(pageWidth) + 2;
        var coverage = new int[width];
        double minX = double.MaxValue, maxX = 0, minY = double.MaxValue, maxY = 0;
        foreach (var c in body)
        {
            var from = Math.Clamp((int)Math.Floor(c.Left), 0, width - 1);
            var to = Math.Clamp((int)Math.Ceiling(c.Right), 0, width - 1);
            for (var x = from; x < to; x++)
            {
                coverage[x]++;
            }
            minX = Math.Min(minX, c.Left);
            maxX = Math.Max(maxX, c.Right);
            minY = Math.Min(minY, c.Top);
            maxY = Math.Max(maxY, c.Bottom);
        }
        var span = maxY - minY;
        var best = new ColumnSplit(ColumnRole.Single, 0);
        var bestScore = 0.0;
        var x0 = (int)Math.Ceiling(minX);
        var xEnd = Math.Min((int)Math.Floor(maxX), width - 1);
        var xi = x0;
        while (xi < xEnd)
        {
            if (coverage[xi] != 0)
            {
                xi++;
                continue;
            }
            var start = xi;
            while (xi < xEnd && coverage[xi] == 0)
            {
                xi++;
            }
            if (xi - start < MinGutterWidth)
            {
                continue;
            }
            var gutter = (start + xi) / 2.0;
            var score = Evaluate(body, gutter, span);
            if (score > bestScore)
            {
                bestScore = score;
                best = new ColumnSplit(ColumnRole.Sidebar, gutter);
            }
        }
        if (best.Role == ColumnRole.Single || IsDateColumn(body, best.Gutter))
        {
            return new ColumnSplit(ColumnRole.Single, 0);
        }
        return IsMargin(body, best.Gutter) ? best with { Role = ColumnRole.Margin } : best;
    }

    /// <summary>Both sides must hold several rows spread over much of the page; the score favours balanced columns.</summary>
    private static double Evaluate(IReadOnlyList<Chunk> body, double gutter, double span)
    {
        double leftTop = double.MaxValue, leftBottom = 0, rightTop = double.MaxValue, rightBottom = 0;
        int leftRows = 0, rightRows = 0;
        double lastLeft = double.MinValue, lastRight = double.MinValue;
        foreach (var c in body)
        {
            if (c.Right <= gutter)
            {
                if (Math.Abs(c.Baseline - lastLeft) > 1)
                {
                    leftRows++;
                    lastLeft = c.Baseline;
                }
                leftTop = Math.Min(leftTop, c.Top);
                leftBottom = Math.Max(leftBottom, c.Bottom);
            }
            else
            {
                if (Math.Abs(c.Baseline - lastRight) > 1)
                {
                    rightRows++;
                    lastRight = c.Baseline;
                }
                rightTop = Math.Min(rightTop, c.Top);
                rightBottom = Math.Max(rightBottom, c.Bottom);
            }
        }
        var minimum = LeftIsHeadings(body, gutter) ? 2 : 3;
        if (leftRows < minimum || rightRows < 3 || span <= 0)
        {
            return 0;
        }
        var leftSpan = (leftBottom - leftTop) / span;
        var rightSpan = (rightBottom - rightTop) / span;
        if (Math.Min(leftSpan, rightSpan) < 0.3)
        {
            return 0;
        }
        return Math.Min(leftRows, rightRows) * Math.Min(leftSpan, rightSpan);
    }

    /// <summary>Dates set flush right beside short entry titles make a "column" that is no column.</summary>
    private static bool IsDateColumn(IReadOnlyList<Chunk> body, double gutter)
    {
        int right = 0, dates = 0;
        foreach (var c in body)
        {
            if (c.Left > gutter)
            {
                right++;
                if (Fields.DateParser.Find(c.Text) is { } d && (d.IsRange || Fields.DateParser.IsOnlyDate(c.Text, d)))
                {
                    dates++;
                }
            }
        }
        return right > 0 && dates * 10 >= right * 6;
    }

    private static bool LeftIsHeadings(IReadOnlyList<Chunk> body, double gutter)
    {
        var any = false;
        foreach (var c in body)
        {
            if (c.Right <= gutter)
            {
                if (HeadingLexicon.Match(c.Text) is not { Exact: true })
                {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /// <summary>
    /// A margin is a sparse left column whose items line up with main-column lines (moderncv dates, "even" section
    /// labels, table-layout headings); a sidebar has its own rhythm and many more lines.
    /// </summary>
    private static bool IsMargin(IReadOnlyList<Chunk> body, double gutter)
    {
        var left = body.Where(c => c.Right <= gutter).OrderBy(c => c.Baseline).ToList();
        var right = body.Where(c => c.Left > gutter).ToList();
        var leftChars = left.Sum(c => c.Text.Length);
        var rightChars = right.Sum(c => c.Text.Length);
        if (left.Count == 0 || leftChars > rightChars * 0.4)
        {
            return false;
        }
        // A column of section headings (a heading may wrap over two lines: "HONORS &" / "AWARDS").
        var headingChunks = 0;
        for (var i = 0; i < left.Count; i++)
        {
            if (HeadingLexicon.Match(left[i].Text) is { Exact: true })
            {
                headingChunks++;
            }
            else if (i + 1 < left.Count && HeadingLexicon.Match(left[i].Text + " " + left[i + 1].Text) is { Exact: true })
            {
                headingChunks += 2;
                i++;
            }
        }
        if (headingChunks >= left.Count * 0.7)
        {
            return true;
        }
        // Dates and labels set on the very baseline of the main line they belong to.
        var aligned = left.Count(c => right.Any(r => Math.Abs(r.Baseline - c.Baseline) <= 1.5));
        return aligned >= left.Count * 0.7;
    }
}
