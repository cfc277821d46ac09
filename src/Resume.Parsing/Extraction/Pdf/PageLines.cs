using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using Resume.Parsing.Text;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>Puts one page's chunks into lines in reading order: a header above the columns, then each column, with
/// margin labels and dates attached to the main lines beside them.</summary>
internal static partial class PageLines
{
    public static ColumnRole Arrange(List<Chunk> chunks, int pageNumber, double pageWidth, double headerCut, List<TextLine> output)
    {
        var header = new List<Chunk>();
        var body = new List<Chunk>();
        foreach (var c in chunks)
        {
            (c.Baseline < headerCut ? header : body).Add(c);
        }
        var split = ColumnDetector.Detect(body, pageWidth);
        if (split.Role == ColumnRole.Sidebar && header.Count > 0 && !header.Any(c => c.Left < split.Gutter && c.Right > split.Gutter))
        {
            // A sidebar that runs from the top of the page beside the name: what stands above the first heading on the
            // sidebar's side (its contact block) belongs to the sidebar's flow, not to a header read across both.
            var leftChars = body.Where(c => c.Right <= split.Gutter).Sum(c => c.Text.Length);
            var rightChars = body.Where(c => c.Right > split.Gutter).Sum(c => c.Text.Length);
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
            EmitColumn(header, pageNumber, 0, inSidebar: false, output);
        }
        switch (split.Role)
        {
            case ColumnRole.Single:
                EmitColumn(body, pageNumber, 0, inSidebar: false, output);
                break;
            case ColumnRole.Sidebar:
            {
                var left = body.Where(c => c.Right <= split.Gutter).ToList();
                var right = body.Where(c => c.Right > split.Gutter).ToList();
                var leftChars = left.Sum(c => c.Text.Length);
                var rightChars = right.Sum(c => c.Text.Length);
                EmitColumn(left, pageNumber, 1, inSidebar: leftChars < rightChars, output);
                EmitColumn(right, pageNumber, 2, inSidebar: rightChars <= leftChars, output);
                break;
            }
            case ColumnRole.Margin:
                EmitWithMargin(body, split.Gutter, pageNumber, output);
                break;
        }
        return split.Role;
    }

    private static void EmitColumn(List<Chunk> chunks, int pageNumber, int column, bool inSidebar, List<TextLine> output)
    {
        if (chunks.Count == 0)
        {
            return;
        }
        var columnRight = chunks.Max(c => c.Right);
        foreach (var row in Rows(chunks))
        {
            output.Add(MakeLine(row, pageNumber, column, inSidebar, columnRight));
        }
    }

    private static void EmitWithMargin(List<Chunk> body, double gutter, int pageNumber, List<TextLine> output)
    {
        var main = body.Where(c => c.Left > gutter).ToList();
        var margin = body.Where(c => c.Right <= gutter).ToList();
        var mainRows = Rows(main);
        var columnRight = main.Count > 0 ? main.Max(c => c.Right) : 0;
        var attached = new List<Chunk>?[mainRows.Count];
        var loose = new List<List<Chunk>>();
        Chunk? previous = null;
        var previousBottom = 0.0;
        List<Chunk>? previousTarget = null;
        foreach (var marginRow in Rows(margin))
        {
            var chunk = MergeRow(marginRow);
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
            if (best >= 0 && bestDistance <= Math.Max(3, 0.5 * chunk.Size))
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
            var line = MakeLine(chunks, pageNumber, 0, inSidebar: false, columnRight);
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
            return Fields.DateParser.Find(p) is not null || EndsWithMonth().IsMatch(p);
        }
        if (EndsWithMonth().IsMatch(p) && StartsWithYear().IsMatch(n))
        {
            return true;
        }
        // A heading wrapped over two margin lines ("WORK" / "EXPERIENCE"); a whole heading followed by a date is two.
        return !next.Any(char.IsDigit) && HeadingLexicon.Match(p + " " + next) is { Exact: true };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?:^|\s)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex EndsWithMonth();

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
        var bullet = false;
        var segments = new List<LineSegment>(row.Count);
        double size = 0;
        int boldChars = 0, chars = 0;
        foreach (var c in row)
        {
            var text = c.Text;
            if (segments.Count == 0)
            {
                if (c.BulletGlyph && !IsDecoratedField(c))
                {
                    bullet = true;
                }
                if (IsOnlyBullets(text))
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
            segments.Add(new LineSegment(text, c.Left, c.Right, Size: c.Size, Bold: c.Bold, Icon: c.Icon));
            size = Math.Max(size, c.Size);
            chars += c.Text.Length;
            boldChars += c.Bold ? c.Text.Length : 0;
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
            Bullet = bullet,
            Column = column,
            InSidebar = inSidebar,
            ColumnRight = columnRight,
        };
    }

    /// <summary>An icon before a date, a place or a contact detail (a calendar, a marker, an envelope) decorates the
    /// field; it does not open a list item.</summary>
    private static bool IsDecoratedField(Chunk c) =>
        c.Icon is not null
        && (Fields.DateParser.Find(c.Text) is { } d && Fields.DateParser.IsOnlyDate(c.Text, d)
            || c.Text.Count(ch => ch == ' ') <= 3 && (Fields.ContactParser.IsContactPiece(c.Text) || Fields.Places.Score(c.Text) >= 2));

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
