using Resume.Parsing.Structure;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// Finds the one vertical gutter (if any) that splits a page's body into two columns, and tells a sidebar (its own flow of
/// text) from a margin of labels and dates (which belong to the lines beside them).
/// </summary>
internal static class ColumnDetector
{
    private const double MinGutterWidth = 3.5;

    private const int Cells = 2;

    /// <summary>Which side of the gutter a chunk stands on: the side its middle is on, so a line that runs a little
    /// into the gutter below the end of the other column stays in its own.</summary>
    public static bool OnLeft(Chunk c, double gutter) => c.Left + c.Right < 2 * gutter;

    /// <param name="previous">The page before's split: a page too short to show its own columns (the last few lines
    /// of a resume) keeps it when its text stands on both sides of the same gutter and nothing crosses it.</param>
    public static ColumnSplit Detect(IReadOnlyList<Chunk> body, double pageWidth, ColumnSplit? previous = null)
    {
        var found = Detect(body, pageWidth);
        if (previous is { Role: not ColumnRole.Single } kept && Continues(found, kept)
            && body.Any(c => c.Right <= kept.Gutter) && body.Any(c => c.Left >= kept.Gutter)
            && !body.Any(c => c.Left < kept.Gutter && c.Right > kept.Gutter))
        {
            return kept;
        }
        return found;
    }

    /// <summary>
    /// Whether a page carries on the page before's columns rather than its own reading: a page with no columns of its own,
    /// or, after a page of two flows, a page whose sidebar holds only a short list level with the main column's lines (a
    /// Word template's traits and interests on page two) and so reads as labels in the margin. The sidebar's text is the
    /// sidebar's own flow there too, not labels of the main lines beside it.
    /// </summary>
    private static bool Continues(ColumnSplit found, ColumnSplit kept) =>
        found.Role == ColumnRole.Single || found.Role == ColumnRole.Margin && kept.Role == ColumnRole.Sidebar;

    private static ColumnSplit Detect(IReadOnlyList<Chunk> body, double pageWidth)
    {
        if (body.Count < 8)
        {
            return new ColumnSplit(ColumnRole.Single, 0);
        }
        // Half-point cells: a gutter of 4 points between tightly set columns (paracol) must not be lost to rounding.
        var width = (int)Math.Ceiling(pageWidth * Cells) + 2;
        var coverage = new int[width];
        double minX = double.MaxValue, maxX = 0, minY = double.MaxValue, maxY = 0;
        foreach (var c in body)
        {
            minX = Math.Min(minX, c.Left);
            maxX = Math.Max(maxX, c.Right);
            minY = Math.Min(minY, c.Top);
            maxY = Math.Max(maxY, c.Bottom);
            // An address too long for a sidebar runs on across the gutter (an unbreakable word overfills its box): it
            // closes no gutter, however many of them the sidebar holds.
            if (OverfullAddress(c))
            {
                continue;
            }
            var from = Math.Clamp((int)Math.Floor(c.Left * Cells), 0, width - 1);
            var to = Math.Clamp((int)Math.Ceiling(c.Right * Cells), 0, width - 1);
            for (var x = from; x < to; x++)
            {
                coverage[x]++;
            }
        }
        var span = maxY - minY;
        var best = new ColumnSplit(ColumnRole.Single, 0);
        var bestScore = 0.0;
        // Text may start left of the page (a label set flush right that overran its box): the strip starts at the page.
        var x0 = Math.Clamp((int)Math.Ceiling(minX * Cells), 0, width - 1);
        var xEnd = Math.Min((int)Math.Floor(maxX * Cells), width - 1);
        // Strips no text crosses first; failing those, strips crossed only by a line or two outside the columns.
        for (var crossing = 0; crossing <= MaxCrossing && bestScore == 0; crossing += MaxCrossing)
        {
            var xi = x0;
            while (xi < xEnd)
            {
                if (coverage[xi] > crossing)
                {
                    xi++;
                    continue;
                }
                var start = xi;
                while (xi < xEnd && coverage[xi] <= crossing)
                {
                    xi++;
                }
                if (xi - start < MinGutterWidth * Cells)
                {
                    continue;
                }
                var gutter = (start + xi) / 2.0 / Cells;
                if (crossing > 0 && !OnlyOutsideColumns(body, gutter))
                {
                    continue;
                }
                var score = Evaluate(body, gutter, span);
                if (score > bestScore)
                {
                    bestScore = score;
                    best = new ColumnSplit(ColumnRole.Sidebar, gutter);
                }
            }
        }
        if (best.Role == ColumnRole.Single && HeadingMargin(body) is { } edge)
        {
            return new ColumnSplit(ColumnRole.Margin, edge);
        }
        if (best.Role == ColumnRole.Single)
        {
            return ContactBlock(body, width, x0, xEnd) is { } block ? new ColumnSplit(ColumnRole.Sidebar, block) : best;
        }
        if (IsDateColumn(body, best.Gutter) || IsRightMargin(body, best.Gutter) || IsLabelColumn(body, best.Gutter))
        {
            return new ColumnSplit(ColumnRole.Single, 0);
        }
        return IsMargin(body, best.Gutter) ? best with { Role = ColumnRole.Margin } : best;
    }

    /// <summary>
    /// Section headings set in the left margin as wide as the margin itself (res.cls: "QUALIFICATIONS" ends where the
    /// column's text starts) leave no gutter to find, yet open a section for everything to their right: where every
    /// chunk that starts left of the edge most lines start at is a heading (or a line of one wrapped) ending by that edge,
    /// the page is a column with its headings in the margin. Returns the gutter just left of the edge.
    /// </summary>
    private static double? HeadingMargin(IReadOnlyList<Chunk> body)
    {
        var starts = new Dictionary<int, int>();
        foreach (var c in body)
        {
            var key = (int)Math.Round(c.Left);
            starts[key] = starts.GetValueOrDefault(key) + 1;
        }
        // The column's edge is the leftmost x many lines start at (list items start further right).
        foreach (var (edgeKey, _) in starts.Where(p => p.Value >= 6).OrderBy(p => p.Key))
        {
            var edge = body.Where(c => (int)Math.Round(c.Left) == edgeKey).Min(c => c.Left);
            var left = body.Where(c => c.Left < edge - 2).ToList();
            if (left.Count < 2 || left.Any(c => c.Right > edge + 1))
            {
                continue;
            }
            var gutter = edge - 0.5;
            return LeftIsHeadings(left, gutter) ? gutter : null;
        }
        return null;
    }

    /// <summary>
    /// A short block of contact details at the top left, beside the first rows of the main column (a city, a phone, an
    /// address under the name): too short to be found as a column, yet its own flow, so its rows are not read across
    /// into the main column's ("Dundee" beside "Career Objective"). Only lines above it (the name) may cross the gutter.
    /// </summary>
    private static double? ContactBlock(IReadOnlyList<Chunk> body, int width, int x0, int xEnd)
    {
        // An address too long for the block runs on up to the main column (TeX lets an unbreakable word overfill its
        // box): it closes no gutter.
        var coverage = new int[width];
        foreach (var c in body.Where(c => !OverfullAddress(c)))
        {
            for (var x = Math.Clamp((int)Math.Floor(c.Left * Cells), 0, width - 1); x < Math.Clamp((int)Math.Ceiling(c.Right * Cells), 0, width - 1); x++)
            {
                coverage[x]++;
            }
        }
        var xi = x0;
        while (xi < xEnd)
        {
            if (coverage[xi] > MaxCrossing)
            {
                xi++;
                continue;
            }
            var start = xi;
            while (xi < xEnd && coverage[xi] <= MaxCrossing)
            {
                xi++;
            }
            if (xi - start < MinGutterWidth * Cells)
            {
                continue;
            }
            // A block of a few short lines is itself crossed by no more than two of them: the gutter is the stretch of
            // the strip that the fewest lines cross, not the strip's middle.
            var (from, to) = LeastCrossed(coverage, start, xi);
            if (to - from < MinGutterWidth * Cells)
            {
                continue;
            }
            var gutter = (from + to) / 2.0 / Cells;
            // An overfull line (an address run a little past the block's edge) still stops short of the main column.
            var mainLeft = body.Where(c => c.Left >= gutter).Select(c => c.Left).DefaultIfEmpty(double.MaxValue).Min();
            var left = body.Where(c => OnLeft(c, gutter) && (c.Right < mainLeft - 2 || OverfullAddress(c) && c.Left < mainLeft - 20)).ToList();
            // The person's town is one of the block's contact lines ("Vancouver" / "BC" over the e-mail address). Three
            // lines make a block when each is one (a town, a number, an address beside their icons in a sidebar).
            var contact = left.Count(c => Fields.ContactParser.IsContactPiece(c.Text) || Fields.Places.Score(c.Text) >= 2);
            if (left.Count < 3 || left.Count == 3 && contact < 3 || contact < 2)
            {
                continue;
            }
            var (top, bottom) = (left.Min(c => c.Top), left.Max(c => c.Bottom));
            var crossing = body.Where(c => c.Left < gutter && c.Right > gutter && !left.Contains(c)).ToList();
            var beside = body.Count(c => c.Left >= gutter && c.Top < bottom && c.Bottom > top);
            var below = body.Count(c => c.Left >= gutter && c.Top >= bottom);
            // Left of the gutter only contact lines and their labels; the main column beside and below it.
            if (crossing.All(c => c.Bottom <= top + 1) && beside >= 2 && below >= left.Count
                && left.All(c => c.Text.Length <= 40))
            {
                return gutter;
            }
        }
        return null;
    }

    /// <summary>The widest run of cells in [start, end) at the strip's lowest coverage.</summary>
    private static (int From, int To) LeastCrossed(int[] coverage, int start, int end)
    {
        var least = int.MaxValue;
        for (var x = start; x < end; x++)
        {
            least = Math.Min(least, coverage[x]);
        }
        var best = (From: start, To: start);
        for (var x = start; x < end;)
        {
            if (coverage[x] != least)
            {
                x++;
                continue;
            }
            var from = x;
            while (x < end && coverage[x] == least)
            {
                x++;
            }
            if (x - from > best.To - best.From)
            {
                best = (from, x);
            }
        }
        return best;
    }

    /// <summary>One e-mail address or link, behind its icon at most ("✉ name@example.org"): a word no line can break.</summary>
    private static bool OverfullAddress(Chunk c)
    {
        var words = c.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2 && (words.Length == 1 || words[0].Length == 1)
            && (Fields.ContactParser.Email().IsMatch(words[^1]) || Fields.ContactParser.Url().IsMatch(words[^1]));
    }

    /// <summary>
    /// A left column of field labels ("Dates", "Occupation or position held", "Name and address of employer"), each set
    /// on the baseline of the value beside it, is no flow of its own: the page is read across, label beside value. A
    /// sidebar's labels ("Phone", "Email") stand above their values, inside the sidebar.
    /// </summary>
    private static bool IsLabelColumn(IReadOnlyList<Chunk> body, double gutter)
    {
        var right = body.Where(c => !OnLeft(c, gutter)).ToList();
        var roles = new HashSet<Fields.FieldLabels.Role>();
        int labels = 0, beside = 0;
        foreach (var c in body)
        {
            if (!OnLeft(c, gutter))
            {
                continue;
            }
            var role = Fields.FieldLabels.Of(c.Text);
            var above = role == Fields.FieldLabels.Role.None ? LineAbove(c) : null;
            if (above is not null && Fields.FieldLabels.Of(above.Text) == Fields.FieldLabels.Role.None)
            {
                // A label that names its field only on its second line ("Name und Adresse des" / "Arbeitgebers").
                role = Fields.FieldLabels.Of(above.Text + " " + c.Text);
            }
            if (role == Fields.FieldLabels.Role.None)
            {
                continue;
            }
            labels++;
            roles.Add(role);
            if (Beside(c) || WrapsLabelAbove(c) || above is not null && Beside(above) || ListBelow(c))
            {
                beside++;
            }
        }
        bool Beside(Chunk c) => right.Any(r => Math.Abs(r.Baseline - c.Baseline) <= 1.5);
        Chunk? LineAbove(Chunk c) => body.FirstOrDefault(a => OnLeft(a, gutter) && c.Baseline - a.Baseline > 0
            && c.Baseline - a.Baseline < 1.6 * a.Size && a.Left < c.Right && c.Left < a.Right);
        // A list of what was done starts on the line under its label ("Main activities and responsibilities").
        bool ListBelow(Chunk c) => !right.Any(r => Math.Abs(r.Baseline - c.Baseline) <= 1.5)
            && right.Any(r => r.Baseline - c.Baseline > 1.5 && r.Baseline - c.Baseline < 2.6 * c.Size);
        // A long label wraps inside the column ("Name and type of organisation" / "providing education and training"):
        // its value stands beside its first line, and the second goes on in lower case right under it.
        bool WrapsLabelAbove(Chunk c) => c.Text.Length > 0 && char.IsLower(c.Text[0])
            && body.Any(a => OnLeft(a, gutter) && c.Baseline - a.Baseline > 0 && c.Baseline - a.Baseline < 1.6 * a.Size
                && a.Left < c.Right && c.Left < a.Right && Beside(a));
        var entryFields = roles.Count(r => r is Fields.FieldLabels.Role.Dates or Fields.FieldLabels.Role.Position or Fields.FieldLabels.Role.Employer
            or Fields.FieldLabels.Role.Qualification or Fields.FieldLabels.Role.Institution or Fields.FieldLabels.Role.Subjects);
        return labels >= 4 && entryFields >= 2 && beside >= labels * 0.7;
    }

    /// <summary>Lines that may cross a gutter: a line that runs over it after one column has ended (an overfull line,
    /// a closing section set across the page) does not undo the columns above it.</summary>
    private const int MaxCrossing = 2;

    /// <summary>The few lines that cross the gutter stand above or below the part of the page where both columns have
    /// text, and both columns are flows of text (a column of dates beside entry lines is no flow).</summary>
    private static bool OnlyOutsideColumns(IReadOnlyList<Chunk> body, double gutter)
    {
        // A line may run on into the gutter yet stop short of where the other column's text starts (a sidebar's long
        // school name set in a box wider than its neighbours' lines): it overruns its column, it does not cross.
        var rightStart = body.Where(c => c.Left >= gutter).Select(c => c.Left).DefaultIfEmpty(double.MaxValue).Min();
        var crossing = body.Where(c => c.Left < gutter && c.Right > gutter && !OverfullWord(c, gutter)
            && !(OnLeft(c, gutter) && c.Right < rightStart - 1)).ToList();
        if (crossing.Count > MaxCrossing)
        {
            return false;
        }
        var leftChars = body.Where(c => c.Right <= gutter).Sum(c => c.Text.Length);
        var rightChars = body.Where(c => c.Left >= gutter).Sum(c => c.Text.Length);
        // A side with few letters is mostly a margin of dates or labels; a sparse sidebar of the person's own addresses
        // (an email, a phone, a link under "Contact") is a flow of its own however few letters it holds.
        if (Math.Min(leftChars, rightChars) < 0.15 * (leftChars + rightChars)
            && !HoldsOwnFlow(body.Where(c => leftChars < rightChars ? OnLeft(c, gutter) : !OnLeft(c, gutter)).OrderBy(c => c.Baseline).ToList()))
        {
            return false;
        }
        double leftTop = double.MaxValue, leftBottom = double.MinValue, rightTop = double.MaxValue, rightBottom = double.MinValue;
        foreach (var c in body)
        {
            // A line across the page is a row of its own (a footer band of e-mail, phone and address): the pieces set on
            // its row beside it are no column's text either.
            if (crossing.Contains(c) || crossing.Any(x => SameRow(x, c)))
            {
                continue;
            }
            if (c.Right <= gutter)
            {
                (leftTop, leftBottom) = (Math.Min(leftTop, c.Top), Math.Max(leftBottom, c.Bottom));
            }
            else
            {
                (rightTop, rightBottom) = (Math.Min(rightTop, c.Top), Math.Max(rightBottom, c.Bottom));
            }
        }
        var (bandTop, bandBottom) = (Math.Max(leftTop, rightTop), Math.Min(leftBottom, rightBottom));
        return crossing.All(c => c.Top >= bandBottom - 1 || c.Bottom <= bandTop + 1);
    }

    /// <summary>Two chunks on one row: each one's baseline within the other's height.</summary>
    private static bool SameRow(Chunk a, Chunk b) =>
        b.Baseline > a.Top && b.Baseline <= a.Bottom + 1 && a.Baseline > b.Top && a.Baseline <= b.Bottom + 1;

    /// <summary>One unbreakable word (a link, an address) that TeX or a narrow cell let run past its column's edge into
    /// the gutter: it stands mostly on the left and belongs to the left column, so it does not cross the gutter.</summary>
    private static bool OverfullWord(Chunk c, double gutter) =>
        OnLeft(c, gutter) && c.Text.Length >= 12 && !c.Text.Trim().Contains(' ');

    /// <summary>Both sides must hold several rows spread over much of the page; the score favours balanced columns.</summary>
    private static double Evaluate(IReadOnlyList<Chunk> body, double gutter, double span)
    {
        double leftTop = double.MaxValue, leftBottom = 0, rightTop = double.MaxValue, rightBottom = 0;
        int leftRows = 0, rightRows = 0;
        double lastLeft = double.MinValue, lastRight = double.MinValue;
        foreach (var c in body)
        {
            if (OnLeft(c, gutter))
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
        var headings = LeftIsHeadings(body, gutter);
        var minimum = headings ? 2 : 3;
        if (leftRows < minimum || rightRows < 3 || span <= 0)
        {
            return 0;
        }
        var leftSpan = (leftBottom - leftTop) / span;
        var rightSpan = (rightBottom - rightTop) / span;
        // A short sidebar (contact and a few skills beside a long main column) still makes two flows when it holds
        // enough lines of its own. A margin of headings is as long as the sections it names: on a page where one long
        // section follows a few short ones, its headings all stand near the top.
        var shortest = headings ? 0 : Math.Min(leftRows, rightRows) >= 6 ? 0.12 : 0.3;
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
            if (!OnLeft(c, gutter))
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
        var right = body.Where(c => !OnLeft(c, gutter)).ToList();
        var left = body.Where(c => OnLeft(c, gutter)).ToList();
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

    /// <summary>Every chunk left of the gutter is a section heading, or one line of a heading wrapped over two
    /// ("Relevant" / "Experience").</summary>
    private static bool LeftIsHeadings(IReadOnlyList<Chunk> body, double gutter)
    {
        var left = body.Where(c => OnLeft(c, gutter)).OrderBy(c => c.Baseline).ToList();
        if (left.Count == 0)
        {
            return false;
        }
        for (var i = 0; i < left.Count; i++)
        {
            // The wrapped reading first: "EMPLOYMENT" is a heading by itself, yet over "HISTORY" it is the first line of one.
            if (i + 1 < left.Count && left[i + 1].Baseline - left[i].Baseline < left[i].Size * 1.6
                && HeadingLexicon.Match(left[i].Text + " " + left[i + 1].Text) is { Exact: true })
            {
                i++;
                continue;
            }
            if (HeadingLexicon.Match(left[i].Text) is not { Exact: true })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Most of a column's lines (four or more) end at one x: text set flush right, as labels of a label column are.</summary>
    private static bool FlushRight(List<Chunk> column)
    {
        if (column.Count < 4)
        {
            return false;
        }
        var edge = column.Max(c => c.Right);
        return column.Count(c => edge - c.Right <= 1.5) >= column.Count * 0.8;
    }

    /// <summary>
    /// What a margin of labels and dates never holds: the person's own addresses (an email, a phone number, a link) or
    /// a paragraph wrapped over three lines or more. A sidebar that holds them is its own flow even when its rows happen
    /// to share baselines with the main column's (two columns set at about the same line pitch line up by chance).
    /// </summary>
    private static bool HoldsOwnFlow(List<Chunk> left)
    {
        var addresses = left.Count(c => Fields.ContactParser.Email().IsMatch(c.Text) || Fields.ContactParser.Url().IsMatch(c.Text)
            || Fields.ContactParser.FindPhone(c.Text) is not null);
        if (addresses >= 2)
        {
            return true;
        }
        // left is in reading order: a wrapped sentence goes on in lower case on the next line, a line's pitch below.
        var run = 0;
        for (var i = 1; i < left.Count; i++)
        {
            var (above, line) = (left[i - 1], left[i]);
            var wraps = line.Baseline - above.Baseline < above.Size * 1.6 && line.Text.Length > 0 && char.IsLower(line.Text[0])
                && !PageLines.ContinuesMarginText(above.Text, line.Text);
            run = wraps ? run + 1 : 0;
            if (run >= 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Section headings on both sides of the gutter, set in one type larger than the text: each side opens sections of
    /// its own, so each is a flow of its own (a sidebar's "EDUCATION" and "SKILLS" beside the main column's "PROFILE" and
    /// "EXPERIENCE"), however its rows line up with the other's. A margin's labels name the text beside them, set in
    /// another type than the main column's headings (moderncv's "Languages" beside its items).
    /// </summary>
    private static bool BothOpenSections(List<Chunk> left, List<Chunk> right)
    {
        var text = left.Concat(right).Select(c => c.Size).Order().ToList();
        var body = text[text.Count / 2];
        var leftHeadings = Headings(left).Where(h => h.Size > body + 1).ToList();
        var rightHeadings = Headings(right.OrderBy(c => c.Baseline).ToList())
            .Where(h => leftHeadings.Any(l => Math.Abs(l.Size - h.Size) <= 0.5 && l.Bold == h.Bold)).ToList();
        return leftHeadings.Count >= 2 && rightHeadings.Count >= 2;
    }

    /// <summary>Chunks that are a section heading by themselves, or open two lines of one wrapped ("HONORS &amp;" / "AWARDS").</summary>
    private static List<Chunk> Headings(List<Chunk> lines)
    {
        var headings = new List<Chunk>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (HeadingLexicon.Match(lines[i].Text) is { Exact: true })
            {
                headings.Add(lines[i]);
            }
            else if (i + 1 < lines.Count && HeadingLexicon.Match(lines[i].Text + " " + lines[i + 1].Text) is { Exact: true })
            {
                headings.Add(lines[i]);
                i++;
            }
        }
        return headings;
    }

    /// <summary>
    /// A tabular CV (the German Lebenslauf): the name and contact lines stand at the left edge above the table only
    /// because nothing is set beside them, while beside the table the left column holds nothing but its dates. The
    /// contact lines make no sidebar of the dates: the page is read across, each date beside its row.
    /// </summary>
    private static bool IsDateColumnUnderHeader(List<Chunk> left, List<Chunk> right)
    {
        if (right.Count == 0)
        {
            return false;
        }
        var tableTop = right.Min(r => r.Top);
        var beside = left.Where(c => c.Baseline >= tableTop).ToList();
        var above = left.Count - beside.Count;
        return above > 0 && beside.Count >= 3 && beside.All(c => StackedDates.IsPiece(c.Text))
            && beside.Count(c => right.Any(r => Math.Abs(r.Baseline - c.Baseline) <= Math.Max(3, 0.5 * c.Size))) >= beside.Count * 0.7;
    }

    /// <summary>
    /// A margin is a sparse left column whose items line up with main-column lines (moderncv dates, "even" section
    /// labels, table-layout headings); a sidebar has its own rhythm and many more lines.
    /// </summary>
    private static bool IsDateOnly(Chunk c) => Fields.DateParser.Find(c.Text) is { } date && Fields.DateParser.IsOnlyDate(c.Text, date);

    private static bool IsMargin(IReadOnlyList<Chunk> body, double gutter)
    {
        var left = body.Where(c => OnLeft(c, gutter)).OrderBy(c => c.Baseline).ToList();
        var right = body.Where(c => !OnLeft(c, gutter)).ToList();
        if (IsDateColumnUnderHeader(left, right))
        {
            return true;
        }
        // The section headings with the dates under each ("Schulbildung" over "09/2001 – 06/2008"): still a margin when
        // each date stands level with the middle of the entry it dates, not on its first line's baseline.
        if (left.Count(IsDateOnly) >= 3 && left.All(c => IsDateOnly(c) || HeadingLexicon.Match(c.Text) is { Exact: true }))
        {
            return true;
        }
        if (!HoldsOwnFlow(left) && !BothOpenSections(left, right) && BlockAlignedMargin.Holds(left, right))
        {
            return true;
        }
        var leftChars = left.Sum(c => c.Text.Length);
        var rightChars = right.Sum(c => c.Text.Length);
        // Labels set flush right against the gutter point at what stands beside them, however long they run (a
        // project's name as the label of its description); a sidebar is set ragged on its own.
        if (left.Count == 0 || leftChars > rightChars * 0.4 && !FlushRight(left) || HoldsOwnFlow(left) || BothOpenSections(left, right))
        {
            return false;
        }
        // A column of dates is dates, however its pieces are stacked ("May" / "2021", "present" / "|" / "2017") and
        // whatever lines they stand beside.
        if (left.Count >= 4 && left.All(c => StackedDates.IsPiece(c.Text)))
        {
            return true;
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
