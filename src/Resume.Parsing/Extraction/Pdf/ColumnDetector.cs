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
        if (best.Role == ColumnRole.Single || IsDateColumn(body, best.Gutter) || IsRightMargin(body, best.Gutter))
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
        // A short sidebar (contact and a few skills beside a long main column) still makes two flows when it holds
        // enough lines of its own.
        var shortest = Math.Min(leftRows, rightRows) >= 6 ? 0.12 : 0.3;
        if (Math.Min(leftSpan, rightSpan) < shortest)
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

    /// <summary>
    /// A sparse right-hand column set flush right on the baselines of the text beside it (dates, places, "Remote") is
    /// part of those lines, not a column; a right sidebar is ragged on the right and keeps its own rhythm.
    /// </summary>
    private static bool IsRightMargin(IReadOnlyList<Chunk> body, double gutter)
    {
        var right = body.Where(c => c.Left > gutter).ToList();
        var left = body.Where(c => c.Right <= gutter).ToList();
        var rightChars = right.Sum(c => c.Text.Length);
        var leftChars = left.Sum(c => c.Text.Length);
        // Short pieces (dates, places), fewer letters than the lines they close.
        if (right.Count < 2 || rightChars > leftChars * 0.8 || rightChars > right.Count * 25)
        {
            return false;
        }
        var edge = right.Max(c => c.Right);
        var flush = right.Count(c => edge - c.Right <= 6);
        var aligned = right.Count(c => left.Any(l => Math.Abs(l.Baseline - c.Baseline) <= 1.5));
        return flush >= right.Count * 0.7 && aligned >= right.Count * 0.7;
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
        // Dates and labels set on the very baseline of the main line they belong to, or wrapped onto the margin line
        // right under one ("Sep. 2010 —" / "Jun. 2014").
        var aligned = 0;
        for (var i = 0; i < left.Count; i++)
        {
            var c = left[i];
            // A column of dates is dates, whatever their type's baseline: each sits beside the line it dates, within
            // the distance the margin's items are attached at (classes that align tops, not baselines, move them).
            var dateOnly = Fields.DateParser.Find(c.Text) is { } date && Fields.DateParser.IsOnlyDate(c.Text, date);
            var reach = dateOnly ? Math.Max(3, 0.5 * c.Size) : 1.5;
            if (right.Any(r => Math.Abs(r.Baseline - c.Baseline) <= reach)
                || HeadingLexicon.Match(c.Text) is { Exact: true }
                || i > 0 && c.Baseline - left[i - 1].Baseline < c.Size * 1.6 && PageLines.ContinuesMarginText(left[i - 1].Text, c.Text))
            {
                aligned++;
            }
        }
        return aligned >= left.Count * 0.7;
    }
}
