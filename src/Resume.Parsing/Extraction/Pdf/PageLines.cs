using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using Resume.Parsing.Text;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>Puts one page's chunks into lines in reading order: a header above the columns, then each column, with
/// margin labels and dates attached to the main lines beside them.</summary>
internal static partial class PageLines
{
    /// <param name="previous">The split of the page before, which a page of a few lines keeps.</param>
    public static ColumnSplit Arrange(List<Chunk> chunks, int pageNumber, double pageWidth, double headerCut, ColumnSplit? previous, List<TextLine> output)
    {
        var header = new List<Chunk>();
        var body = new List<Chunk>();
        foreach (var c in chunks)
        {
            (c.Baseline < headerCut ? header : body).Add(c);
        }
        var split = ColumnDetector.Detect(body, pageWidth, previous);
        if (split.Role == ColumnRole.Sidebar && header.Count > 0 && !header.Any(c => c.Left < split.Gutter && c.Right > split.Gutter))
        {
            // A sidebar that runs from the top of the page beside the name: what stands above the first heading on the
            // sidebar's side (its contact block) belongs to the sidebar's flow, not to a header read across both.
            var leftChars = body.Where(c => ColumnDetector.OnLeft(c, split.Gutter)).Sum(c => c.Text.Length);
            var rightChars = body.Where(c => !ColumnDetector.OnLeft(c, split.Gutter)).Sum(c => c.Text.Length);
            var sidebarOnLeft = leftChars < rightChars;
            var sidebarPart = header.Where(c => sidebarOnLeft ? c.Right <= split.Gutter : c.Left >= split.Gutter).ToList();
            if (sidebarPart.Count > 0 && sidebarPart.Count < header.Count)
            {
                header.RemoveAll(sidebarPart.Contains);
                body.AddRange(sidebarPart);
            }
        }
        if (header.Count > 0)
        {
            EmitHeader(header, pageNumber, output);
        }
        if (split.Role == ColumnRole.Sidebar && DatedRowsAboveColumns(body, split.Gutter) is { } cut)
        {
            EmitColumn(body.Where(c => c.Top < cut).ToList(), pageNumber, 0, inSidebar: false, output);
            body = body.Where(c => c.Top >= cut).ToList();
        }
        if (split.Role == ColumnRole.Single && ColumnsUnderBand(body, pageWidth) is var (band, columns, inner))
        {
            EmitColumn(band, pageNumber, 0, inSidebar: false, output);
            body = columns;
            split = inner;
        }
        switch (split.Role)
        {
            case ColumnRole.Single:
                EmitColumn(body, pageNumber, 0, inSidebar: false, output);
                break;
            case ColumnRole.Sidebar:
            {
                var footer = FooterBand.Take(body, split.Gutter);
                var left = body.Where(c => ColumnDetector.OnLeft(c, split.Gutter)).ToList();
                var right = body.Where(c => !ColumnDetector.OnLeft(c, split.Gutter)).ToList();
                TimelineDates.Move(left, right);
                var leftChars = left.Sum(c => c.Text.Length);
                var rightChars = right.Sum(c => c.Text.Length);
                EmitFlow(left, pageWidth, pageNumber, 1, inSidebar: leftChars < rightChars, output);
                EmitFlow(right, pageWidth, pageNumber, 2, inSidebar: rightChars <= leftChars, output);
                if (footer.Count > 0)
                {
                    EmitColumn(footer, pageNumber, 0, inSidebar: false, output);
                }
                break;
            }
            case ColumnRole.Margin:
                EmitMarginAndSidebar(body, split.Gutter, pageWidth, pageNumber, output);
                break;
        }
        return split;
    }

    /// <summary>
    /// A table of entries with their dates in a cell at the right (the Word Lebenslauf: "Berufspraktikum ... 03/2021 –
    /// 06/2021") above lists set in two columns (skills beside skills, "SPRACHEN" beside "INTERESSEN"): the gutter of the
    /// lists runs on up the page past the dates, yet a column of dates is dates, each on the row it stands level with.
    /// Where one side's first lines (three or more) are only dates, each on the baseline of a line across the gutter,
    /// the rows above its first other line are read across; returns the top of that line, where the two columns begin.
    /// </summary>
    private static double? DatedRowsAboveColumns(List<Chunk> body, double gutter)
    {
        foreach (var onLeft in new[] { false, true })
        {
            var side = body.Where(c => ColumnDetector.OnLeft(c, gutter) == onLeft).OrderBy(c => c.Top).ToList();
            var other = body.Where(c => ColumnDetector.OnLeft(c, gutter) != onLeft).ToList();
            // The section headings of the table stand in the dates' cell too, each over its section's rows
            // ("Berufserfahrung" / "03/2019 – heute" beside "Projektingenieurin"): they open rows, they are no column.
            var (rows, dates) = (0, 0);
            while (rows < side.Count)
            {
                var c = side[rows];
                if (IsHeading(c))
                {
                    rows++;
                }
                else if (other.Any(o => Math.Abs(o.Baseline - c.Baseline) <= 1.5) && DatesOfCell(side, rows) is var pieces and > 0)
                {
                    (rows, dates) = (rows + pieces, dates + 1);
                }
                else
                {
                    break;
                }
            }
            if (dates >= 3)
            {
                // Where the side holds nothing else, the lists below run across the page: every row is read across.
                return rows < side.Count ? side[rows].Top - 0.5 : body.Max(c => c.Bottom) + 1;
            }
        }
        return null;
    }

    /// <summary>How many lines of a dates cell, from line <paramref name="i"/> on, make one date: 1, or 2 where a range too
    /// long for the narrow cell wraps ("lip. 2018 – sty." over "2021"); 0 where the line is no date.</summary>
    private static int DatesOfCell(List<Chunk> side, int i)
    {
        if (IsDateOnly(side[i]))
        {
            return 1;
        }
        var joined = i + 1 < side.Count && ContinuesMarginText(side[i].Text, side[i + 1].Text) ? side[i].Text + " " + side[i + 1].Text : null;
        return joined is not null && Fields.DateParser.Find(joined) is { IsRange: true } range && Fields.DateParser.IsOnlyDate(joined, range) ? 2 : 0;
    }

    private static bool IsDateOnly(Chunk c) => Fields.DateParser.Find(c.Text) is { } date && Fields.DateParser.IsOnlyDate(c.Text, date);

    /// <summary>A short chunk the lexicon names a section heading outright, whatever its typography.</summary>
    private static bool IsHeading(Chunk c) => c.Text.Length <= 40 && HeadingLexicon.Match(SectionSplitter.HeadingText(c.Text)) is { Exact: true };

    /// <summary>
    /// A section set across the whole page (a profile under the name) above two columns that each open with a section
    /// heading on one row ("EDUCATION" beside "EXPERIENCE"): the band's lines cross the gutter, so no column is found on
    /// the page as a whole, and read across, the sidebar's lists would be interleaved line by line with the jobs beside
    /// them. The band is read first, then each column on its own.
    /// </summary>
    private static (List<Chunk> Band, List<Chunk> Columns, ColumnSplit Split)? ColumnsUnderBand(List<Chunk> body, double pageWidth)
    {
        var tops = body.Where(IsHeading).Select(c => c.Top).Distinct().Order().Take(12).ToList();
        foreach (var top in tops)
        {
            var below = body.Where(c => c.Top >= top - 1).ToList();
            if (below.Count < 8 || below.Count == body.Count)
            {
                continue;
            }
            if (ColumnDetector.Detect(below, pageWidth) is not { Role: ColumnRole.Sidebar } inner)
            {
                continue;
            }
            var leftFirst = below.Where(c => ColumnDetector.OnLeft(c, inner.Gutter)).MinBy(c => c.Top);
            var rightFirst = below.Where(c => !ColumnDetector.OnLeft(c, inner.Gutter)).MinBy(c => c.Top);
            if (leftFirst is null || rightFirst is null || !IsHeading(leftFirst) || !IsHeading(rightFirst)
                || Math.Abs(leftFirst.Top - rightFirst.Top) > Math.Max(leftFirst.Size, rightFirst.Size))
            {
                continue;
            }
            // Dates set flush in a cell beside the lines at their left belong to those lines (a grid of short sections
            // inside one column, with the entries under it set across): no second flow.
            var left = below.Where(c => ColumnDetector.OnLeft(c, inner.Gutter)).ToList();
            if (below.Any(c => !ColumnDetector.OnLeft(c, inner.Gutter) && IsDateOnly(c) && left.Any(l => Math.Abs(l.Baseline - c.Baseline) <= 1.5)))
            {
                continue;
            }
            return (body.Where(c => c.Top < top - 1).ToList(), below, inner);
        }
        return null;
    }

    /// <summary>
    /// One flow beside a sidebar may carry a margin of its own (a column of dates at the left of the main column, a
    /// sidebar at the right of the page): the flow is read with its margin attached, as a page of that one flow would be.
    /// </summary>
    private static void EmitFlow(List<Chunk> flow, double pageWidth, int pageNumber, int column, bool inSidebar, List<TextLine> output)
    {
        if (ColumnDetector.Detect(flow, pageWidth) is { Role: ColumnRole.Margin } inner)
        {
            EmitWithMargin(flow, inner.Gutter, pageNumber, column, inSidebar, output);
            return;
        }
        EmitColumn(flow, pageNumber, column, inSidebar, output);
    }

    /// <summary>
    /// A margin of dates found first may stand beside a main column that is itself one of two flows (a sidebar at the
    /// right of the page, beside the dated entries): the sidebar is read on its own after the main column and its margin,
    /// instead of its rows being read across into the entries'.
    /// </summary>
    private static void EmitMarginAndSidebar(List<Chunk> body, double gutter, double pageWidth, int pageNumber, List<TextLine> output)
    {
        var main = body.Where(c => !ColumnDetector.OnLeft(c, gutter)).ToList();
        if (ColumnDetector.Detect(main, pageWidth) is { Role: ColumnRole.Sidebar } inner)
        {
            var sidebar = main.Where(c => !ColumnDetector.OnLeft(c, inner.Gutter)).ToList();
            var mainChars = main.Sum(c => c.Text.Length) - sidebar.Sum(c => c.Text.Length);
            if (sidebar.Sum(c => c.Text.Length) < mainChars)
            {
                EmitWithMargin(body.Where(c => ColumnDetector.OnLeft(c, inner.Gutter)).ToList(), gutter, pageNumber, 1, inSidebar: false, output);
                EmitColumn(sidebar, pageNumber, 2, inSidebar: true, output);
                return;
            }
        }
        EmitWithMargin(body, gutter, pageNumber, 0, inSidebar: false, output);
    }

    /// <summary>
    /// A header set as two blocks side by side (a narrow block of contact lines beside the name and title, or the name
    /// beside a stacked contact block) is read block by block: read across, a wrapped phone number or address would be
    /// cut in two and its pieces glued to the name or the title.
    /// </summary>
    private static void EmitHeader(List<Chunk> header, int pageNumber, List<TextLine> output)
    {
        if (HeaderGutter(header) is { } gutter)
        {
            var left = header.Where(c => (c.Left + c.Right) / 2 < gutter).ToList();
            var right = header.Where(c => (c.Left + c.Right) / 2 >= gutter).ToList();
            // The block that holds the page's largest text (the name) opens the document, whichever side it stands on: a
            // contact block at the left ("Contact" over an address) read first would take the name into its section.
            var (first, second) = right.Max(c => c.Size) > left.Max(c => c.Size) * 1.3 ? (right, left) : (left, right);
            EmitColumn(first, pageNumber, 0, inSidebar: false, output);
            EmitColumn(second, pageNumber, 0, inSidebar: false, output);
            return;
        }
        EmitColumn(header, pageNumber, 0, inSidebar: false, output);
    }

    /// <summary>A vertical strip through the whole header (crossed at most by one piece of text that overflows its box)
    /// with at least two rows on each side, the two blocks standing beside each other: neither one above the other,
    /// nor labels set on the baselines of the values beside them (those are read across).</summary>
    private static double? HeaderGutter(List<Chunk> header)
    {
        if (header.Count < 4)
        {
            return null;
        }
        var from = (int)Math.Floor(header.Min(c => c.Left));
        var to = (int)Math.Ceiling(header.Max(c => c.Right));
        var covered = new int[to - from + 1];
        foreach (var c in header)
        {
            for (var x = (int)Math.Floor(c.Left) - from; x < (int)Math.Ceiling(c.Right) - from; x++)
            {
                covered[x]++;
            }
        }
        double? best = null;
        var bestRows = 0;
        for (var x = 0; x < covered.Length; x++)
        {
            if (covered[x] > 1)
            {
                continue;
            }
            var start = x;
            while (x < covered.Length && covered[x] <= 1)
            {
                x++;
            }
            var (runLeft, runRight) = (from + start, from + x);
            if (runRight - runLeft < 6 || header.Count(c => c.Left < runRight && c.Right > runLeft) > 1)
            {
                continue;
            }
            var gutter = (runLeft + runRight) / 2.0;
            var left = header.Where(c => (c.Left + c.Right) / 2 < gutter).ToList();
            var right = header.Where(c => (c.Left + c.Right) / 2 >= gutter).ToList();
            if (left.Count == 0 || right.Count == 0)
            {
                continue;
            }
            var (leftRows, rightRows) = (Rows(left), Rows(right));
            var rows = Math.Min(leftRows.Count, rightRows.Count);
            var overlap = Math.Min(left.Max(c => c.Bottom), right.Max(c => c.Bottom)) - Math.Max(left.Min(c => c.Top), right.Min(c => c.Top));
            var shorter = Math.Min(left.Max(c => c.Bottom) - left.Min(c => c.Top), right.Max(c => c.Bottom) - right.Min(c => c.Top));
            var (fewer, other) = leftRows.Count <= rightRows.Count ? (leftRows, right) : (rightRows, left);
            var aligned = fewer.Count(row => other.Any(c => Math.Abs(c.Baseline - row[0].Baseline) <= 1.5));
            if (rows >= 2 && overlap >= shorter * 0.5 && aligned * 2 < fewer.Count && rows > bestRows)
            {
                best = gutter;
                bestRows = rows;
            }
        }
        return best;
    }

    private static void EmitColumn(List<Chunk> chunks, int pageNumber, int column, bool inSidebar, List<TextLine> output)
    {
        if (chunks.Count == 0)
        {
            return;
        }
        var columnRight = chunks.Max(c => c.Right);
        foreach (var row in JoinWrappedEndDateCells(JoinWrappedDateCells(JoinCentredCells(SectionGrid.Unfold(Rows(chunks))))))
        {
            output.Add(MakeLine(row, pageNumber, column, inSidebar, columnRight));
        }
    }

    /// <summary>
    /// A row of cells each centred on the row's height (an HTML table's entry line: title, employer, dates) where one
    /// cell wraps: its two lines stand half a line above and below the others' one ("Samsung R&amp;D Institute" /
    /// "Bangladesh" around "Software Engineer ... Apr 2019 – Aug 2022"). The wrapped cell is one cell of the middle row;
    /// read as rows, its first line would end the entry before and its second start a line of its own. Only where the
    /// rows are closer than a line's height, the cell's two lines are centred or aligned on each other, and the middle
    /// row has cells on both sides of them and none in their span.
    /// </summary>
    private static List<List<Chunk>> JoinCentredCells(List<List<Chunk>> rows)
    {
        for (var i = 0; i + 2 < rows.Count; i++)
        {
            if (rows[i] is not [var above] || rows[i + 2] is not [var below])
            {
                continue;
            }
            var middle = rows[i + 1];
            var size = Math.Min(above.Size, below.Size);
            if (middle[0].Baseline - above.Baseline >= 0.9 * size || below.Baseline - middle[0].Baseline >= 0.9 * size
                || Math.Abs(below.Size - above.Size) > 0.5)
            {
                continue;
            }
            var aligned = Math.Abs(above.Left - below.Left) <= 1.5 || Math.Abs(above.Right - below.Right) <= 1.5
                || Math.Abs(above.Left + above.Right - below.Left - below.Right) <= 3;
            var (from, to) = (Math.Min(above.Left, below.Left), Math.Max(above.Right, below.Right));
            // A cell between cells: a block beside a single line (contact lines beside the name) is no table's row.
            if (!aligned || middle.Any(c => c.Left < to && c.Right > from) || !middle.Any(c => c.Right <= from) || !middle.Any(c => c.Left >= to)
                || middle.Any(c => Math.Abs(c.Size - size) > 1))
            {
                continue;
            }
            var cell = new Chunk(above.Text + " " + below.Text, from, to, middle[0].Baseline, above.Size, above.Bold, false);
            middle.Add(cell);
            middle.Sort(static (a, b) => a.Left.CompareTo(b.Left));
            rows.RemoveAt(i + 2);
            rows.RemoveAt(i);
        }
        return rows;
    }

    /// <summary>
    /// A date range too long for the narrow cell that opens an entry's rows (a dates column beside the title and the
    /// employer) wraps in it: "Apr 2024 –" over "Present", "Feb 2021 – Feb" over "2025", the second piece at the same
    /// left edge on the next row, before the employer. The two pieces are one date; read across, the end would start
    /// the employer's line.
    /// </summary>
    private static List<List<Chunk>> JoinWrappedDateCells(List<List<Chunk>> rows)
    {
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Count < 2 || row[0] is not { } start)
            {
                continue;
            }
            // Two pieces, or three where the month stands alone ("November" / "2022 -" / "present"); the cell's
            // pieces share its left edge, or its right edge where it is set flush right against the text.
            var text = start.Text;
            var above = start;
            for (var j = i + 1; j < rows.Count && j <= i + 2; j++)
            {
                var end = rows[j][0];
                if (!(Math.Abs(end.Left - start.Left) <= 1.5 || Math.Abs(end.Right - start.Right) <= 2.5) || end.Right >= row[1].Left
                    || end.Top - above.Bottom > start.Size || !ContinuesMarginText(text, end.Text))
                {
                    break;
                }
                text += " " + end.Text;
                above = end;
                if (Fields.DateParser.Find(text) is { IsRange: true } range && Fields.DateParser.IsOnlyDate(text, range))
                {
                    start.Text = text;
                    for (var k = j; k > i; k--)
                    {
                        start.Right = Math.Max(start.Right, rows[k][0].Right);
                        rows[k].RemoveAt(0);
                        if (rows[k].Count == 0)
                        {
                            rows.RemoveAt(k);
                        }
                    }
                    break;
                }
            }
        }
        return rows;
    }

    /// <summary>
    /// The same at the other end of the row: a narrow dates cell set flush right beside the title and employer wraps its
    /// range ("Mar 2022 –" over "Present"), the second piece alone on the next row, under the cell and before the
    /// entry's bullets. Read as a row of its own, the end date would be lost and its word read as a bullet.
    /// </summary>
    private static List<List<Chunk>> JoinWrappedEndDateCells(List<List<Chunk>> rows)
    {
        for (var i = 0; i + 1 < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Count < 2 || rows[i + 1] is not [var end])
            {
                continue;
            }
            var cell = row[^1];
            if (end.Right < cell.Left || end.Left <= row[^2].Right || end.Top - cell.Bottom > cell.Size || end.Size > cell.Size + 0.5
                || Fields.DateParser.Find(cell.Text) is null || !ContinuesMarginText(cell.Text, end.Text))
            {
                continue;
            }
            var text = cell.Text + " " + end.Text;
            if (Fields.DateParser.Find(text) is { IsRange: true } range && Fields.DateParser.IsOnlyDate(text, range))
            {
                cell.Text = text;
                cell.Right = Math.Max(cell.Right, end.Right);
                rows.RemoveAt(i + 1);
            }
        }
        return rows;
    }

    private static void EmitWithMargin(List<Chunk> body, double gutter, int pageNumber, int column, bool inSidebar, List<TextLine> output)
    {
        var main = body.Where(c => !ColumnDetector.OnLeft(c, gutter)).ToList();
        var margin = body.Where(c => ColumnDetector.OnLeft(c, gutter)).ToList();
        var mainRows = Rows(main);
        var columnRight = main.Count > 0 ? main.Max(c => c.Right) : 0;
        var attached = new List<Chunk>?[mainRows.Count];
        var loose = new List<List<Chunk>>();
        Chunk? previous = null;
        var previousBottom = 0.0;
        List<Chunk>? previousTarget = null;
        foreach (var chunk in JoinWrappedHeadings(Rows(margin).Select(MergeRow).ToList()))
        {
            if (StackedDates.IsConnector(chunk.Text))
            {
                continue;
            }
            // A label or date that wraps inside the margin ("November 2023 –" / "Now", "WORK" / "EXPERIENCE") stays one.
            if (previous is not null && previousTarget is not null
                && chunk.Top - previousBottom < previous.Size * 1.2
                && ContinuesMarginText(previous.Text, chunk.Text))
            {
                previous.Text = previous.Text + " " + chunk.Text;
                previousBottom = chunk.Bottom; // the text may wrap over three lines
                continue;
            }
            previousBottom = chunk.Bottom;
            var best = -1;
            var bestDistance = double.MaxValue;
            for (var r = 0; r < mainRows.Count; r++)
            {
                var distance = Math.Abs(mainRows[r][0].Baseline - chunk.Baseline);
                if (distance < bestDistance)
                {
                    bestDistance = distance;
                    best = r;
                }
            }
            // A range's lower end stacked under its upper one may stand between two of the entry's lines.
            if (best >= 0 && (bestDistance <= Math.Max(3, 0.5 * chunk.Size) || bestDistance <= chunk.Size && StackedDates.IsPiece(chunk.Text)))
            {
                (attached[best] ??= []).Add(chunk);
                previousTarget = attached[best];
            }
            else
            {
                var own = new List<Chunk> { chunk };
                loose.Add(own);
                previousTarget = own;
            }
            previous = chunk;
        }

        RaiseLoweredHeadings(mainRows, attached);
        JoinStackedDates(mainRows, attached);

        var rows = new List<(double Baseline, List<Chunk> Chunks, List<Chunk>? Margin)>();
        for (var r = 0; r < mainRows.Count; r++)
        {
            rows.Add((mainRows[r][0].Baseline, mainRows[r], attached[r]));
        }
        foreach (var own in loose)
        {
            rows.Add((own[0].Baseline, own, null));
        }
        rows.Sort(static (a, b) => a.Baseline.CompareTo(b.Baseline));
        foreach (var (_, chunks, marginChunks) in rows)
        {
            var line = MakeLine(chunks, pageNumber, column, inSidebar, columnRight);
            if (marginChunks is not null)
            {
                var segments = new List<LineSegment>(marginChunks.Count + line.Segments.Count);
                segments.AddRange(marginChunks.Select(m => new LineSegment(m.Text, m.Left, m.Right, FromMargin: true, Size: m.Size, Bold: m.Bold)));
                segments.AddRange(line.Segments);
                line.Segments = segments;
                line.ResetText();
            }
            output.Add(line);
        }
    }

    /// <summary>
    /// The two ends of a range stacked in the margin beside one entry's lines ("present" beside its title, "2017" beside
    /// its description below) are one range, dating the entry's first line. Only within one block of the main column
    /// (no gap wider than its line pitch between), and only where the lower end stands beside a line of another kind than
    /// the upper end's (a description under a title) or the upper end is the present: one-line entries listed without a
    /// gap ("2023 Award", "2022 Award") each keep their own date.
    /// </summary>
    private static void JoinStackedDates(List<List<Chunk>> mainRows, List<Chunk>?[] attached)
    {
        if (mainRows.Count < 3)
        {
            return;
        }
        var pitches = new double[mainRows.Count - 1];
        for (var r = 1; r < mainRows.Count; r++)
        {
            pitches[r - 1] = mainRows[r][0].Baseline - mainRows[r - 1][0].Baseline;
        }
        Array.Sort(pitches);
        var pitch = pitches[pitches.Length / 2];
        int? open = null;
        for (var r = 0; r < mainRows.Count; r++)
        {
            if (r > 0 && attached[r] is [var lowerEnd] && attached[r - 1] is [var upperEnd] && OpensEntry(r - 1, r)
                && StackedDates.IsEnd(lowerEnd.Text) && StackedDates.IsEnd(upperEnd.Text) && StackedDates.Join(upperEnd.Text, lowerEnd.Text) is { } timeline)
            {
                upperEnd.Text = timeline;
                attached[r] = null;
                open = null;
                continue;
            }
            if (r > 0 && mainRows[r][0].Baseline - mainRows[r - 1][0].Baseline > pitch * 1.4)
            {
                open = null; // a new block
            }
            if (attached[r] is not [var piece] || !StackedDates.IsEnd(piece.Text))
            {
                open = attached[r] is null ? open : null;
                continue;
            }
            if (open is { } top && attached[top] is [var upper]
                && (upper.Text.Any(char.IsDigit) is false || OtherKind(mainRows[top], mainRows[r]))
                && StackedDates.Join(upper.Text, piece.Text) is { } range)
            {
                upper.Text = range;
                attached[r] = null;
                open = null;
                continue;
            }
            open = r;
        }

        // Two month dates on two lines running on together, then lines with no date of their own (the entry's
        // description): the ends of one entry's range, however alike its title and employer lines are set ("AUG 2019" /
        // "JUL 2019" beside "Intern" / "Acme - Lyon"). A list of one-line items dated one by one dates every line.
        // Nor does the last pair of such a list, whose line above is dated too.
        bool OpensEntry(int top, int lower) => lower == top + 1 && lower + 1 < mainRows.Count && attached[lower + 1] is null
            && (top == 0 || attached[top - 1] is null)
            && HasMonth(attached[top]![0].Text) && HasMonth(attached[lower]![0].Text);
    }

    private static bool HasMonth(string text) => StackedDates.IsPresent(text) || Fields.DateParser.Find(text) is { Start.Length: > 4 };

    /// <summary>Lines set in another size or weight: a description under an entry's title.</summary>
    private static bool OtherKind(List<Chunk> a, List<Chunk> b) =>
        Math.Abs(a.Max(c => c.Size) - b.Max(c => c.Size)) > 0.5 || a[0].Bold != b[0].Bold;

    /// <summary>
    /// Headings in the margin set one line lower than the blocks of body lines beside them (the space a heading style sets
    /// before it, in a table's narrow heading cell) open those blocks: each block's first line belongs to its heading's
    /// section, not to the section before. Only when most of the page's margin headings sit so, one line below a block's
    /// top (a gap larger than the line pitch above it): a single heading beside a block's second line is more likely
    /// beside its own first line after a one-line entry of the section before.
    /// </summary>
    private static void RaiseLoweredHeadings(List<List<Chunk>> mainRows, List<Chunk>?[] attached)
    {
        var headings = 0;
        List<int>? lowered = null;
        for (var row = 0; row < attached.Length; row++)
        {
            if (attached[row] is not [var heading, ..] || HeadingLexicon.Match(heading.Text) is not { Exact: true })
            {
                continue;
            }
            headings++;
            if (row == 0 || attached[row - 1] is not null)
            {
                continue;
            }
            var pitch = 1.6 * mainRows[row][0].Size;
            var top = row - 1;
            if (mainRows[row][0].Baseline - mainRows[top][0].Baseline <= pitch
                && (top == 0 || mainRows[top][0].Baseline - mainRows[top - 1][0].Baseline > pitch))
            {
                (lowered ??= []).Add(row);
            }
        }
        if (lowered is null || lowered.Count < 2 || lowered.Count * 2 <= headings)
        {
            return;
        }
        foreach (var row in lowered)
        {
            attached[row - 1] = attached[row];
            attached[row] = null;
        }
    }

    /// <summary>
    /// A heading too long for a narrow margin wraps over two or three lines in its own type ("CAREER" / "HISTORY",
    /// "PROFESSIONAL" / "CERTIFICA-" / "TIONS", a capital word hyphenated as TeX breaks it): the lines stacked at the
    /// margin's leading that make a known heading together are one heading. Left apart,
    /// its later lines fall between the entry's rows and read as an employer or a degree.
    /// </summary>
    private static List<Chunk> JoinWrappedHeadings(List<Chunk> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var first = lines[i];
            // A first line that is a heading by itself ("EMPLOYMENT" over "HISTORY") may still be wrapped, but only onto
            // one more line: the two must make a heading.
            var whole = HeadingLexicon.Match(first.Text) is { Exact: true };
            var text = first.Text;
            for (var j = i + 1; j < lines.Count && j <= i + (whole ? 1 : 2); j++)
            {
                var (above, next) = (lines[j - 1], lines[j]);
                if (next.Top - above.Bottom > first.Size * 1.2 || next.Bold != first.Bold || Math.Abs(next.Size - first.Size) > 0.5
                    || Math.Abs(next.Left - first.Left) > first.Size * 2 || next.Text.Any(char.IsDigit))
                {
                    break;
                }
                text = text.Length > 1 && text[^1] == '-' && char.IsLetter(text[^2]) && char.IsLetter(next.Text[0])
                    ? text[..^1] + next.Text
                    : text + " " + next.Text;
                if (HeadingLexicon.Match(text) is { Exact: true })
                {
                    first.Text = text;
                    first.Right = lines.Skip(i).Take(j - i + 1).Max(c => c.Right);
                    lines.RemoveRange(i + 1, j - i);
                    break;
                }
            }
        }
        return lines;
    }

    public static bool ContinuesMarginText(string previous, string next)
    {
        var p = previous.TrimEnd();
        if (p.EndsWith('–') || p.EndsWith('-') || p.EndsWith('—') || p.EndsWith('&') || p.EndsWith(',')
            || p.EndsWith(" and", StringComparison.OrdinalIgnoreCase) || p.EndsWith(" to", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        // A date range broken in a narrow margin: "March 2023" / "— May 2024", "November" / "2020 — January 2023".
        var n = next.TrimStart();
        if (n.StartsWith('–') || n.StartsWith('—') || n.StartsWith("- ", StringComparison.Ordinal)
            || n.StartsWith("to ", StringComparison.OrdinalIgnoreCase))
        {
            return Fields.DateParser.Find(p) is not null || Fields.DateParser.EndsWithMonth(p);
        }
        if (Fields.DateParser.EndsWithMonth(p) && StartsWithYear().IsMatch(n))
        {
            return true;
        }
        // A heading wrapped over two margin lines ("WORK" / "EXPERIENCE", "Accounting" / "Experience"); a whole heading
        // followed by a date is two, and so is a date followed by a heading ("2016–2019" / "Skills").
        return !next.Any(char.IsDigit) && !p.Any(char.IsDigit) && (HeadingLexicon.Match(p + " " + next) is { Exact: true }
            || HeadingLexicon.Match(p) is null && HeadingLexicon.Match(next.Trim()) is { Exact: true } && HeadingLexicon.Qualified(p + " " + next.Trim()) is not null);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:19|20)\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex StartsWithYear();

    private static Chunk MergeRow(List<Chunk> row)
    {
        if (row.Count == 1)
        {
            return row[0];
        }
        var first = row[0];
        return new Chunk(string.Join(' ', row.Select(c => c.Text)), first.Left, row[^1].Right, first.Baseline,
            row.Max(c => c.Size), first.Bold, first.BulletGlyph);
    }

    /// <summary>Chunks grouped by baseline, top to bottom, each row left to right.</summary>
    public static List<List<Chunk>> Rows(List<Chunk> chunks)
    {
        var sorted = chunks.OrderBy(c => c.Baseline).ToList();
        var rows = new List<List<Chunk>>();
        // As with glyphs: the tolerance is a share of the smaller of the two sizes, so a small line beside a large name
        // is not pulled into the name's row.
        var open = new List<(Chunk Reference, List<Chunk> Row)>();
        foreach (var c in sorted)
        {
            List<Chunk>? target = null;
            var closest = double.MaxValue;
            for (var k = open.Count - 1; k >= 0; k--)
            {
                var reference = open[k].Reference;
                var distance = c.Baseline - reference.Baseline;
                if (distance > Math.Max(1.5, reference.Size * 0.35))
                {
                    open.RemoveAt(k);
                    continue;
                }
                if (distance <= Math.Max(1.5, Math.Min(reference.Size, c.Size) * 0.35) && distance < closest)
                {
                    closest = distance;
                    target = open[k].Row;
                }
            }
            if (target is null)
            {
                target = [];
                rows.Add(target);
                open.Add((c, target));
            }
            target.Add(c);
        }
        foreach (var row in rows)
        {
            row.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        }
        return rows;
    }

    private static TextLine MakeLine(List<Chunk> row, int pageNumber, int column, bool inSidebar, double columnRight)
    {
        row = DashBetweenDates.Join(row);
        var bullet = false;
        var segments = new List<LineSegment>(row.Count);
        double size = 0;
        int boldChars = 0, italicChars = 0, chars = 0;
        foreach (var c in row)
        {
            var text = c.Text;
            if (segments.Count == 0)
            {
                if (c.BulletGlyph && !IsDecoratedField(c))
                {
                    bullet = true;
                }
                if (IsOnlyBullets(text) || row.Count > 1 && IsListMarker(text))
                {
                    bullet = true;
                    continue;
                }
                if (Bullets.TryStrip(text, out var rest))
                {
                    bullet = true;
                    text = rest;
                }
            }
            segments.Add(new LineSegment(text, c.Left, c.Right, Size: c.Size, Bold: c.Bold, Icon: c.Icon, Italic: c.Italic));
            size = Math.Max(size, c.Size);
            chars += c.Text.Length;
            boldChars += c.Bold ? c.Text.Length : 0;
            italicChars += c.Italic ? c.Text.Length : 0;
        }
        if (segments.Count == 0)
        {
            segments.Add(new LineSegment("", row[0].Left, row[^1].Right));
        }
        var first = row[0];
        return new TextLine(segments)
        {
            Page = pageNumber,
            Top = row.Min(c => c.Top),
            Bottom = row.Max(c => c.Bottom),
            Left = segments[0].Left,
            Right = row[^1].Right,
            FontSize = size > 0 ? size : first.Size,
            Bold = boldChars * 2 > chars,
            Italic = italicChars * 2 > chars,
            Bullet = bullet,
            Column = column,
            InSidebar = inSidebar,
            ColumnRight = columnRight,
            Block = row.FirstOrDefault(c => c.Block >= 0)?.Block ?? -1,
        };
    }

    /// <summary>An icon before a date, a place or a contact detail (a calendar, a marker, an envelope) decorates the
    /// field; it does not open a list item.</summary>
    private static bool IsDecoratedField(Chunk c) =>
        c.Icon is not null
        && (Fields.DateParser.Find(c.Text) is { } d && Fields.DateParser.IsOnlyDate(c.Text, d)
            || c.Text.Count(ch => ch == ' ') <= 3 && (Fields.ContactParser.IsContactPiece(c.Text) || Fields.Places.Score(c.Text) >= 2));

    /// <summary>
    /// A list's marker printed apart from its item by the list's tab: a number ("1.", "12)") or the "o" Word sets in
    /// Courier New for a hollow bullet. Standing alone before more text on the line it opens an item; inside text the
    /// same characters are words.
    /// </summary>
    private static bool IsListMarker(string text) =>
        text.Trim() is { Length: > 0 and <= 3 } marker
        && (marker == "o" || marker[^1] is '.' or ')' && marker.Length >= 2 && marker[..^1].All(char.IsAsciiDigit));

    private static bool IsOnlyBullets(string text)
    {
        foreach (var c in text)
        {
            if (!Bullets.IsBulletChar(c) && c != ' ')
            {
                return false;
            }
        }
        return true;
    }
}
