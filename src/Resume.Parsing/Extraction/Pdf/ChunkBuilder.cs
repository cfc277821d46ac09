using System.Runtime.InteropServices;
using System.Text;
using Resume.Parsing.Text;
using UglyToad.PdfPig.Content;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>Turns a page's letters into chunks: glyphs on one baseline, split into words at spaces and small gaps, and
/// into separate chunks at wide gaps (tab stops, table cells, columns) and at icons.</summary>
internal static partial class ChunkBuilder
{
    /// <summary>A gap wider than this share of the font size separates chunks; word gaps stay well below it.</summary>
    private const double ChunkGapEm = 0.75;

    /// <summary>A gap wider than this share of the font size separates words where the PDF draws no space.</summary>
    private const double WordGapEm = 0.12;

    public static List<Glyph> ReadGlyphs(Page page, Dictionary<Letter, int>? blocks = null)
    {
        var letters = page.Letters;
        var glyphs = new List<Glyph>(letters.Count);
        var height = page.Height;
        var actual = ActualTexts(page);
        // A page sets thousands of letters in a handful of fonts: judge each font's name once, not once per letter.
        var faces = new Dictionary<string, (bool Icon, bool Bold, bool Italic)>(StringComparer.Ordinal);
        var hidden = HiddenText.Finder(page);
        for (var i = 0; i < letters.Count; i++)
        {
            var letter = letters[i];
            if (!LevelText.Is(letter) || hidden is not null && hidden(letter))
            {
                continue;
            }
            var value = actual is not null && actual.TryGetValue(letter, out var replaced) ? replaced : letter.Value;
            if ((string.IsNullOrEmpty(value) || IsPrivateUse(value)) && LostLigature.Letters(letters, i) is { } spelled)
            {
                value = spelled;
            }
            if (string.IsNullOrEmpty(value) || string.IsNullOrWhiteSpace(value) && i + 1 < letters.Count && Overdrawn(letter, letters[i + 1]))
            {
                continue;
            }
            var size = letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
            if (size <= 0.5)
            {
                continue;
            }
            var left = Math.Min(letter.StartBaseLine.X, letter.EndBaseLine.X);
            var right = Math.Max(letter.StartBaseLine.X, letter.EndBaseLine.X);
            if (right - left < 0.01)
            {
                right = left + Math.Max(letter.BoundingBox.Width, size * 0.3);
            }
            var fontName = letter.FontName ?? "";
            if (!faces.TryGetValue(fontName, out var face))
            {
                face = (IsIconFont(fontName), IsBoldName(fontName), IsItalicName(fontName));
                faces[fontName] = face;
            }
            var icon = face.Icon || IsPrivateUse(value);
            var space = !icon && string.IsNullOrWhiteSpace(value);
            var bold = letter.FontDetails?.IsBold == true || face.Bold || StrokedBold.Is(letter);
            var italic = letter.FontDetails?.IsItalic == true || face.Italic;
            glyphs.Add(new Glyph(value, left, right, height - letter.StartBaseLine.Y, size, bold, icon, space, icon ? fontName : null, glyphs.Count,
                blocks is not null && blocks.TryGetValue(letter, out var block) ? block : -1, italic));
        }
        return WithoutFootnoteMarks(SpacingAccents.Compose(glyphs));
    }

    /// <summary>
    /// "Doctor in Physics¹", "M.Sc.*": a digit or two, an asterisk or a dagger set small and raised against the end of a
    /// word is a footnote's mark, not text; read by position it stands on a row of its own above the line and makes
    /// an entry of its own. A unit's power ("m²" after a word of one or two letters) is kept.
    /// </summary>
    private static List<Glyph> WithoutFootnoteMarks(List<Glyph> glyphs)
    {
        List<Glyph>? kept = null;
        for (var k = 0; k < glyphs.Count; k++)
        {
            var marks = k > 0 ? MarkRun(glyphs, k) : 0;
            if (marks > 0)
            {
                kept ??= glyphs.Take(k).ToList();
                k += marks - 1;
                continue;
            }
            kept?.Add(glyphs[k]);
        }
        return kept ?? glyphs;
    }

    private static bool IsMarkText(string text) => text.Length == 1 && (char.IsAsciiDigit(text[0]) || text[0] is '*' or '†' or '‡');

    /// <summary>How many glyphs from <paramref name="k"/> make a footnote mark after the word before it (0: none).</summary>
    private static int MarkRun(List<Glyph> glyphs, int k)
    {
        var word = glyphs[k - 1];
        var first = glyphs[k];
        if (!IsMarkText(first.Text) || word.Space || word.Icon || word.Text.Length != 1
            || !(char.IsLetter(word.Text[0]) || word.Text[0] is ')' or '.')
            || first.Size > 0.8 * word.Size || first.Baseline > word.Baseline - 0.2 * word.Size
            || Math.Abs(first.Left - word.Right) > 0.3 * word.Size)
        {
            return 0;
        }
        var end = k + 1;
        while (end < glyphs.Count && end - k < 2 && IsMarkText(glyphs[end].Text) && Math.Abs(glyphs[end].Baseline - first.Baseline) < 0.1 * first.Size
            && Math.Abs(glyphs[end].Size - first.Size) < 0.1 * first.Size)
        {
            end++;
        }
        // A mark ends where the word's line goes on (a space, the line's baseline again, another line), not in more small text.
        if (end < glyphs.Count && !glyphs[end].Space && Math.Abs(glyphs[end].Baseline - first.Baseline) < 0.1 * first.Size)
        {
            return 0;
        }
        var letters = 0;
        for (var i = k - 1; i >= 0 && letters < 3 && !glyphs[i].Space && glyphs[i].Text.Length == 1 && char.IsLetter(glyphs[i].Text[0]); i--)
        {
            letters++;
        }
        return letters is 1 or 2 ? 0 : end - k;
    }

    /// <summary>
    /// A space the next glyph is drawn right over did not move the pen: Chrome sets such spaces at the start of every run
    /// (and beside the one that does advance), so at the same x as the run's first letter. It parts nothing; read by
    /// position it could land after that letter ("D oor", "2 020").
    /// </summary>
    private static bool Overdrawn(Letter space, Letter next)
    {
        var size = space.PointSize > 0 ? space.PointSize : space.FontSize;
        return Math.Abs(next.StartBaseLine.X - space.StartBaseLine.X) < 0.02 * size
            && Math.Abs(next.StartBaseLine.Y - space.StartBaseLine.Y) < 0.1 * size;
    }

    /// <summary>
    /// The text a producer says its glyphs stand for (marked content with <c>/ActualText</c>): LibreOffice draws letters
    /// its font lacks as one fallback glyph whose code every such letter shares, so the glyph's own mapping would repeat
    /// the first of them ("김김김"), and gives each its real letter this way. Letters of a span get its text one for one
    /// when the counts agree; otherwise the first carries the whole text and the rest are dropped. Null when the page has
    /// none.
    /// </summary>
    private static Dictionary<Letter, string>? ActualTexts(Page page)
    {
        IReadOnlyList<MarkedContentElement> marked;
        try
        {
            marked = page.GetMarkedContents();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return null; // a broken structure tree costs the replacements, not the page
        }
        if (marked.Count == 0)
        {
            return null;
        }
        Dictionary<Letter, string>? result = null;
        var pending = new Stack<MarkedContentElement>(marked);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            var text = element.ActualText;
            if (string.IsNullOrEmpty(text) || element.Letters.Count == 0)
            {
                foreach (var child in element.Children)
                {
                    pending.Push(child);
                }
                continue;
            }
            var letters = element.Letters;
            if (string.Concat(letters.Select(l => l.Value)) == text || OnlyMarks(text) && letters.All(l => string.IsNullOrWhiteSpace(l.Value)))
            {
                continue;
            }
            result ??= new Dictionary<Letter, string>(ReferenceEqualityComparer.Instance);
            var elements = System.Globalization.StringInfo.ParseCombiningCharacters(text);
            if (elements.Length == letters.Count)
            {
                for (var k = 0; k < letters.Count; k++)
                {
                    var end = k + 1 < elements.Length ? elements[k + 1] : text.Length;
                    result[letters[k]] = text[elements[k]..end];
                }
                continue;
            }
            result[letters[0]] = text;
            for (var k = 1; k < letters.Count; k++)
            {
                result[letters[k]] = "";
            }
        }
        return result;
    }

    /// <summary>
    /// Bidi and zero-width marks only: Chrome spans the space it draws after each run with the mark that closes the run
    /// (U+202C). The mark says how the run is ordered; the space it spans still parts the words.
    /// </summary>
    private static bool OnlyMarks(string text)
    {
        foreach (var c in text)
        {
            if (!ControlCharacters.IsBidiControl(c) && c is not ('\u200B' or '\u2060' or '\uFEFF'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Top to bottom, and glyphs on one baseline in the order they were drawn: the first glyph of a row is its
    /// reference size, so the order of equals must not depend on the sort. Sorted on keys, not through a comparison
    /// delegate: a page has thousands of glyphs and this was the costliest step of building chunks.</summary>
    private static void SortByBaseline(List<Glyph> glyphs)
    {
        var items = CollectionsMarshal.AsSpan(glyphs);
        var keys = new (double Baseline, int Order)[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = (items[i].Baseline, items[i].Order);
        }
        keys.AsSpan().Sort(items);
    }

    /// <summary>The tagged block of a chunk's first letter that has one (bullet glyphs are often marked apart as a
    /// label).</summary>
    private static int BlockOf(List<Glyph> row, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!row[k].Space && !row[k].Icon && row[k].Block >= 0)
            {
                return row[k].Block;
            }
        }
        return -1;
    }

    public static List<Chunk> Build(List<Glyph> glyphs)
    {
        SortByBaseline(glyphs);
        // A glyph joins the row whose first glyph sits within a share of the smaller of their sizes: small contact lines
        // set beside a large name (moderncv) stay rows of their own instead of being swallowed by the name's tolerance.
        var rows = new List<List<Glyph>>();
        var open = new List<(Glyph Reference, List<Glyph> Row)>();
        foreach (var g in glyphs)
        {
            List<Glyph>? target = null;
            var closest = double.MaxValue;
            for (var k = open.Count - 1; k >= 0; k--)
            {
                var reference = open[k].Reference;
                var distance = g.Baseline - reference.Baseline;
                if (distance > Math.Max(1.2, reference.Size * 0.4))
                {
                    open.RemoveAt(k); // every later glyph sits lower still
                    continue;
                }
                if (distance <= Math.Max(1.2, Math.Min(reference.Size, g.Size) * 0.4) && distance < closest)
                {
                    closest = distance;
                    target = open[k].Row;
                }
            }
            if (target is null)
            {
                target = [];
                rows.Add(target);
                open.Add((g, target));
            }
            target.Add(g);
        }
        foreach (var row in rows)
        {
            row.Sort(static (a, b) => a.Left.CompareTo(b.Left));
        }
        DisplacedLetters.Join(rows);
        rows = [.. rows.Select(WithoutCopies).SelectMany(SplitOverrun)];
        var chunks = new List<Chunk>();
        var drawsSpaces = glyphs.Any(g => g.Space);
        foreach (var row in rows)
        {
            SplitRow(row, chunks, [], drawsSpaces);
        }
        // Where many lines start at one x (a column's left edge), a phrase that runs into it from the left is two
        // phrases: a right-aligned date or label in a margin set close to the column ("Dec 2024 – | QA Tester, …").
        var edges = StrongEdges(chunks);
        if (edges.Count == 0)
        {
            return chunks;
        }
        chunks.Clear();
        foreach (var row in rows)
        {
            SplitRow(row, chunks, edges, drawsSpaces);
        }
        return chunks;
    }

    /// <summary>
    /// Text given a halo, a glow or fake bold is drawn again and again a fraction of a point from itself. A glyph with
    /// the same text as one a third of an em away or less, drawn in another run (not right after it, with the pen
    /// moving on), is a copy: dropped before anything reads the row, so a halo of full stops is no dotted leader and a
    /// doubled letter ("ll", drawn in one run) keeps both its letters.
    /// </summary>
    private static List<Glyph> WithoutCopies(List<Glyph> row)
    {
        var suspect = false;
        for (var k = 1; k < row.Count && !suspect; k++)
        {
            var (a, b) = (row[k - 1], row[k]);
            suspect = b.Text == a.Text && b.Left - a.Left < 0.7 * (a.Right - a.Left) && b.Order != a.Order + 1;
        }
        if (!suspect)
        {
            return row;
        }
        var run = new Dictionary<int, int>(row.Count);
        Glyph? before = null;
        foreach (var g in row.OrderBy(g => g.Order))
        {
            // A run goes on while the pen moves on; a copy starts back where the text began.
            var goesOn = before is { } b && b.Order + 1 == g.Order && g.Left > b.Left - 0.1 * g.Size;
            run[g.Order] = goesOn ? run[before!.Value.Order] : g.Order;
            before = g;
        }
        var kept = new List<Glyph>(row.Count);
        foreach (var g in row)
        {
            var copy = false;
            for (var j = kept.Count - 1; j >= 0 && kept[j].Left > g.Left - 0.33 * g.Size && !copy; j--)
            {
                copy = kept[j].Text == g.Text && run[kept[j].Order] != run[g.Order] && Math.Abs(kept[j].Baseline - g.Baseline) < 0.33 * g.Size;
            }
            if (!copy)
            {
                kept.Add(g);
            }
        }
        return kept;
    }

    /// <summary>
    /// A word too long for its narrow cell runs on over the start of the next cell ("Certificate" over "University"):
    /// read by position alone their letters interleave ("CertificatUe niversity"). Where a glyph starts well inside the
    /// one before it, the row is read in the order the page draws it: runs of glyphs drawn left to right, ordered by
    /// where they start, and a run that starts inside the one before it opens a row of its own (another cell). A run
    /// drawn again over itself (fake bold, a shadow) starts where it does and is left to the duplicate check.
    /// </summary>
    private static IEnumerable<List<Glyph>> SplitOverrun(List<Glyph> row)
    {
        var overlaps = false;
        for (var k = 1; k < row.Count && !overlaps; k++)
        {
            var (a, b) = (row[k - 1], row[k]);
            // Neighbours by position that overlap yet were not drawn one after the other.
            overlaps = !a.Space && !b.Space && b.Order != a.Order + 1
                && b.Left < a.Right - 0.15 * Math.Min(a.Size, b.Size) && b.Text != a.Text;
        }
        if (!overlaps)
        {
            return [row];
        }
        var runs = new List<List<Glyph>>();
        foreach (var g in row.OrderBy(g => g.Order))
        {
            if (runs.Count > 0 && runs[^1][^1] is var last && g.Left >= last.Left - 0.1 * g.Size && g.Left <= last.Right + 2 * g.Size)
            {
                runs[^1].Add(g);
            }
            else
            {
                runs.Add([g]);
            }
        }
        runs.Sort(static (a, b) => a[0].Left.CompareTo(b[0].Left));
        var parts = new List<List<Glyph>> { runs[0] };
        for (var k = 1; k < runs.Count; k++)
        {
            var (before, run) = (parts[^1], runs[k]);
            var first = run.FirstOrDefault(g => !g.Space);
            if (first.Text is not null && first.Left - before[0].Left < 0.5 * first.Size)
            {
                return [row]; // one text drawn twice: position order, which the duplicate check reads, stays
            }
            if (first.Text is not null && first.Left < before.Where(g => !g.Space).Select(g => g.Right).DefaultIfEmpty(double.MinValue).Max() - 0.3 * first.Size)
            {
                parts.Add([.. run]);
            }
            else
            {
                before.AddRange(run);
            }
        }
        return parts;
    }

    /// <summary>A left edge many chunks start at, and the stretch of the page (baselines) where they do.</summary>
    private readonly record struct Edge(double X, double Top, double Bottom);

    /// <summary>
    /// The left edges many chunks start at. An edge holds only over the stretch of page its chunks stand in (a contact
    /// block's edge in the header is no edge beside the entries far below it, whose word may start there by chance).
    /// </summary>
    private static List<Edge> StrongEdges(List<Chunk> chunks)
    {
        var counts = new Dictionary<int, int>();
        foreach (var c in chunks)
        {
            var key = (int)Math.Round(c.Left * 2);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        var edges = new List<Edge>();
        foreach (var (key, count) in counts)
        {
            var total = count + counts.GetValueOrDefault(key - 1) + counts.GetValueOrDefault(key + 1);
            if (total >= 6 && count >= counts.GetValueOrDefault(key - 1) && count >= counts.GetValueOrDefault(key + 1))
            {
                double top = double.MaxValue, bottom = double.MinValue;
                foreach (var c in chunks)
                {
                    if (Math.Abs((int)Math.Round(c.Left * 2) - key) <= 1)
                    {
                        // A few lines' reach beyond the first and last: the row that opens or closes the column.
                        (top, bottom) = (Math.Min(top, c.Baseline - EdgeReachEm * c.Size), Math.Max(bottom, c.Baseline + EdgeReachEm * c.Size));
                    }
                }
                edges.Add(new Edge(key / 2.0, top, bottom));
            }
        }
        return edges;
    }

    /// <summary>How far (in the edge's chunks' ems) above and below them an edge still holds.</summary>
    private const double EdgeReachEm = 4;

    /// <summary>
    /// The gap (in ems) that separates chunks on this row: normally <see cref="ChunkGapEm"/>, less where the row mixes
    /// ordinary word gaps with clearly wider ones (chips of a skills cloud set close together). A justified line
    /// stretches all its gaps alike, so it stays whole.
    /// </summary>
    private static double RowChunkGap(List<Glyph> row, double[]? tracking)
    {
        List<double>? gaps = null;
        List<double>? wide = null;
        List<double>? near = null; // word gaps just under a cell gap: a justified line's stretch may straddle it
        Glyph? prev = null;
        var space = false;
        for (var k = 0; k < row.Count; k++)
        {
            var g = row[k];
            if (g.Space)
            {
                space = true;
                continue;
            }
            if (g.Icon)
            {
                prev = null;
                continue;
            }
            if (prev is { } p)
            {
                var em = Math.Min(g.Size, p.Size);
                var gap = (g.Left - p.Right - (tracking?[k] ?? 0)) / em;
                if ((space || gap > WordGapEm) && gap < ChunkGapEm)
                {
                    (gaps ??= []).Add(gap);
                    if (gap * 1.2 >= ChunkGapEm)
                    {
                        (near ??= []).Add(gap);
                    }
                }
                else if (gap >= ChunkGapEm)
                {
                    (wide ??= []).Add(gap);
                }
            }
            prev = g;
            space = false;
        }
        if (Justified(wide, near) is { } stretched)
        {
            return stretched;
        }
        if (gaps is not { Count: >= 3 })
        {
            return ChunkGapEm;
        }
        gaps.Sort();
        var typical = gaps[gaps.Count / 4];
        return Math.Min(ChunkGapEm, Math.Max(0.45, typical * 1.7));
    }

    /// <summary>
    /// A justified line in a narrow box stretches every word gap alike, past the width that parts cells: three or more
    /// wide gaps within a third of each other, each well under the gap before a cell beside them (the dates), are word
    /// gaps. Cells of a table are set apart by gaps that vary with the words in them. The stretch may leave some gaps
    /// just under the cell gap and some just over it: those just under (<paramref name="near"/>) count with the wide
    /// ones they are alike, so long as one of them is wide.
    /// </summary>
    private static double? Justified(List<double>? wide, List<double>? near)
    {
        if (wide is null || wide.Count + (near?.Count ?? 0) < 3)
        {
            return null;
        }
        wide = near is null ? wide : [.. wide, .. near];
        wide.Sort();
        // TeX stretches a space after a comma more than one between words: a line's gaps differ by up to a third.
        var cluster = wide.TakeWhile(w => w <= wide[0] * 1.3).ToList();
        if (cluster.Count < 3 || cluster[^1] > 1.2 || cluster[^1] < ChunkGapEm)
        {
            return null;
        }
        var threshold = cluster[^1] * 1.1;
        return cluster.Count < wide.Count && wide[cluster.Count] < threshold * 1.1 ? null : threshold;
    }

    /// <summary>
    /// A justified line on a page that otherwise draws its spaces: some producers place each word of such a line on
    /// its own, with no space glyph between, and stretch every gap by the same amount. Four or more spaceless gaps wider
    /// than a space and under a cell gap, alike to within a few percent, are that stretch (the widest of them, in ems);
    /// gaps between cells or chips vary with their text. The rest of the row (a sidebar's line beside it) may space its
    /// words with glyphs.
    /// </summary>
    private static double? PlacedWordGap(List<Glyph> row, double[]? tracking)
    {
        List<double>? gaps = null;
        Glyph? prev = null;
        var space = false;
        for (var k = 0; k < row.Count; k++)
        {
            var g = row[k];
            if (g.Space)
            {
                space = true;
                continue;
            }
            if (prev is { } p && !space && !g.Icon)
            {
                var gap = (g.Left - p.Right - (tracking?[k] ?? 0)) / Math.Min(g.Size, p.Size);
                if (gap is > 0.4 and < ChunkGapEm)
                {
                    (gaps ??= []).Add(gap);
                }
            }
            (prev, space) = (g, false);
        }
        if (gaps is not { Count: >= 4 })
        {
            return null;
        }
        gaps.Sort();
        for (var i = 0; i + 3 < gaps.Count; i++)
        {
            var alike = gaps.Skip(i).TakeWhile(x => x <= gaps[i] * 1.05).ToList();
            if (alike.Count >= 4)
            {
                return alike[^1] * 1.01;
            }
        }
        return null;
    }

    /// <param name="drawsSpaces">The page draws its spaces as glyphs (as browsers do), so a gap without one is not a word gap.</param>
    private static void SplitRow(List<Glyph> row, List<Chunk> chunks, List<Edge> edges, bool drawsSpaces)
    {
        var tracking = Tracking(row, drawsSpaces);
        var chunkGap = drawsSpaces ? ChunkGapEm : RowChunkGap(row, tracking);
        var placedWords = drawsSpaces ? PlacedWordGap(row, tracking) : null;
        var justifiedPad = JustifiedSpaces.Padding(row, tracking);
        var text = new StringBuilder();
        Glyph? last = null;
        Glyph? beforeComma = null;
        var pendingSpace = false;
        var start = -1;
        var bulletGlyph = false;
        var iconRight = double.MinValue;
        string? icon = null;
        var spaceWidth = 0.0;
        var firstChunk = chunks.Count;
        var (weightChanges, weightAt, weightGlyph) = (0, -1, -1);
        List<(int Chunk, int Cut)>? weightSplits = null;
        var pendingParts = new Dictionary<int, (string Head, string Tail, int From, int To)>();
        for (var k = 0; k < row.Count; k++)
        {
            var g = row[k];
            if (g.Space)
            {
                pendingSpace = text.Length > 0;
                spaceWidth = g.Right - g.Left;
                continue;
            }
            if (g.Icon)
            {
                Flush(k);
                bulletGlyph = true;
                iconRight = g.Right;
                icon = $"{g.Font}|{g.Text}";
                pendingSpace = false;
                continue;
            }
            if (g.Text == "." && IsLeader(row, k))
            {
                // A tab's dotted leader ("Northwind Travel……Dec 2017") fills the gap between two cells: no text of
                // either. A first dot closing an abbreviation ("S.L.", "Ltd.") is the name's own.
                var own = ClosesAbbreviation(text);
                if (own)
                {
                    AppendGlyph(text, g.Text);
                }
                Flush(own ? k + 1 : k);
                while (k + 1 < row.Count && (row[k + 1].Text == "." || row[k + 1].Space))
                {
                    k++;
                }
                continue;
            }
            if (last is { Text: "," } comma && beforeComma is { } piece && SlantDiffers(piece, g) && char.IsLetterOrDigit(g.Text[0])
                && HasWord(text) && (pendingSpace || g.Left - comma.Right > WordGapEm * Math.Min(g.Size, comma.Size)))
            {
                // "Research engineer, Institute of Coastal Studies, Tarnby.": a template that runs an entry's fields into
                // one line (LaTeX CV classes: \textbf{title}, \textit{employer}, town) parts them with a comma and tells
                // them apart by their faces alone. Where the slant changes across a comma, one field ends there.
                text.Length--;
                Flush(k);
            }
            if (last is { } prev)
            {
                var gap = g.Left - prev.Right - (tracking?[k] ?? 0);
                var em = Math.Min(g.Size, prev.Size);
                // TeX sets a wider space after a full stop ("Sep.  2021"): still a word gap, not a cell's edge.
                var limit = !drawsSpaces && prev.Text == "." ? Math.Max(chunkGap, ChunkGapEm) * 1.5 : chunkGap;
                // A space stretched as much as the line's other spaces is a justified line's word gap.
                var stretched = pendingSpace && spaceWidth > 0 && justifiedPad is { } pad && gap - spaceWidth <= pad * em;
                if (!stretched && (gap > limit * em
                    || pendingSpace && spaceWidth > 0 && gap - spaceWidth > 0.25 * em
                    || drawsSpaces && !pendingSpace && gap > 0.45 * em && (placedWords is not { } stretch || gap > stretch * em)))
                {
                    // A wide gap, a space plus padding, or (where the producer draws its spaces) a gap with no space
                    // in it: separate cells or chips.
                    Flush(k);
                }
                else if (gap < -0.5 * em && g.Text == prev.Text)
                {
                    continue; // the same glyph drawn twice (fake bold, shadows)
                }
                else if (gap < 0 && Math.Max(g.Size, prev.Size) > 1.6 * em)
                {
                    // Text of a very different size drawn over the end of this text (an address running out of its
                    // narrow box into the title beside it) belongs to another block.
                    Flush(k);
                }
                else if (text.Length > 0 && !pendingSpace && gap <= WordGapEm * em && g.Bold != prev.Bold
                    && edges.Count > 0 && StartsAtEdge(g, row[start].Left, edges))
                {
                    // A bold margin heading as wide as its margin runs into the column's first word with no gap
                    // ("QUALIFICATIONSGraduate"): where the weight changes right at a column's edge, two phrases meet.
                    Flush(k);
                }
                else if (text.Length > 0 && (pendingSpace || gap > WordGapEm * em) && g.Size >= prev.Size * LargerTailRatio && OpensLargerTail(row, start, k) && HasWord(text))
                {
                    // A heading the author did not set on a line of its own runs on from the text before it in its
                    // larger type ("Tools Jira, TestRail Employment History"): two phrases, whose sizes tell them apart.
                    Flush(k);
                }
                else if (text.Length > 0 && (pendingSpace || gap > WordGapEm * em))
                {
                    // A phrase of words that itself opens at an edge (a line from the margin) reaches another edge, a
                    // list's text indent, only by chance ("Data | Science Fellow" over bullets indented to "Science"); a
                    // bullet glyph at the margin does not.
                    if (edges.Count > 0 && StartsAtEdge(g, row[start].Left, edges)
                        && (g.Bold != prev.Bold || !StartsAtEdge(row[start], double.MinValue, edges) || !HasWord(text)))
                    {
                        Flush(k);
                    }
                    else
                    {
                        text.Append(' ');
                    }
                }
            }
            if (start < 0)
            {
                start = k;
                // An icon marks only the text right beside it, not a phrase across the page.
                if (bulletGlyph && g.Left - iconRight > 2.5 * g.Size)
                {
                    bulletGlyph = false;
                    icon = null;
                }
            }
            if (last is { } before && g.Bold != before.Bold)
            {
                weightChanges++;
                (weightAt, weightGlyph) = text.Length > 0 && text[^1] == ' ' ? (text.Length - 1, k) : (-1, -1);
            }
            AppendGlyph(text, g.Text);
            beforeComma = g.Text == "," ? last : null;
            last = g;
            pendingSpace = false;
        }
        Flush(row.Count);
        if (weightSplits is not null && (chunks.Count - firstChunk >= 2 || OneBoldTitleLine()))
        {
            for (var s = weightSplits.Count - 1; s >= 0; s--)
            {
                SplitAtWeight(weightSplits[s].Chunk, weightSplits[s].Cut);
            }
        }

        // A Europass-style entry sets its title in bold and the employer or school after it in the text face, one
        // ordinary space between ("Softwareentwickler Nordlicht GmbH"): a line that is that one phrase, bold words then
        // a capitalised name, is two phrases even without a second cell. Prose that bolds a lead-in ends in a sentence.
        bool OneBoldTitleLine()
        {
            if (chunks.Count - firstChunk != 1 || weightSplits.Count != 1 || !pendingParts.TryGetValue(firstChunk, out var p))
            {
                return false;
            }
            var (cut, from) = (weightSplits[0].Cut, p.From);
            if (!row[from].Bold || row[cut].Bold || !char.IsUpper(p.Tail[0]) || p.Tail[^1] is '.' or ':' or ',' or ';')
            {
                return false;
            }
            var (headWords, tailWords) = (p.Head.Split(' ').Length, p.Tail.Split(' ').Length);
            return headWords <= 6 && tailWords <= 6;
        }

        void Flush(int end)
        {
            if (start >= 0 && text.Length > 0)
            {
                var first = row[start];
                double right = first.Right, baseline = 0, size = 0;
                int boldCount = 0, italicCount = 0, count = 0;
                for (var k = start; k < end; k++)
                {
                    var g = row[k];
                    if (g.Space || g.Icon)
                    {
                        continue;
                    }
                    right = Math.Max(right, g.Right);
                    baseline += g.Baseline;
                    size = Math.Max(size, g.Size);
                    boldCount += g.Bold ? 1 : 0;
                    italicCount += g.Italic ? 1 : 0;
                    count++;
                }
                var cleaned = LetterSpacing.JoinSpacedWord(TextCleaner.Clean(text.ToString()));
                if (cleaned.Length > 0 && count > 0)
                {
                    if (weightChanges == 1 && weightAt > 0 && WeightParts(text.ToString(), weightAt) is { } parts && cleaned == TextCleaner.Clean(text.ToString()))
                    {
                        (weightSplits ??= []).Add((chunks.Count, weightGlyph));
                        pendingParts[chunks.Count] = (parts.Head, parts.Tail, start, end);
                    }
                    chunks.Add(new Chunk(cleaned, first.Left, right, baseline / count, size, boldCount * 2 > count, bulletGlyph)
                    {
                        Italic = italicCount * 2 > count,
                        Icon = bulletGlyph ? icon : null,
                        Block = BlockOf(row, start, end),
                    });
                }
            }
            (weightChanges, weightAt, weightGlyph) = (0, -1, -1);
            text.Clear();
            start = -1;
            last = null;
            beforeComma = null;
            bulletGlyph = false;
            icon = null;
            pendingSpace = false;
        }

        // An entry's line sets its employer in bold and its title beside it in the text face with no gap or mark
        // between ("University of Bath PhD Student", the place out at the right edge): where a phrase changes weight
        // once, at a word's edge, on a line of several cells, it is two phrases.
        void SplitAtWeight(int index, int cut)
        {
            var whole = chunks[index];
            var (head, tail, from, to) = pendingParts[index];
            Chunk Part(string part, int a, int b, bool bold)
            {
                double left = double.MaxValue, right = double.MinValue, baseline = 0;
                int count = 0, italic = 0;
                for (var k = a; k < b; k++)
                {
                    if (row[k].Space || row[k].Icon)
                    {
                        continue;
                    }
                    (left, right) = (Math.Min(left, row[k].Left), Math.Max(right, row[k].Right));
                    baseline += row[k].Baseline;
                    italic += row[k].Italic ? 1 : 0;
                    count++;
                }
                return new Chunk(part, count > 0 ? left : whole.Left, count > 0 ? right : whole.Right, count > 0 ? baseline / count : whole.Baseline, whole.Size, bold, false)
                {
                    Block = whole.Block,
                    Italic = italic * 2 > count,
                };
            }
            var first = Part(head, from, cut, row[from].Bold);
            first.BulletGlyph = whole.BulletGlyph;
            first.Icon = whole.Icon;
            chunks[index] = first;
            chunks.Insert(index + 1, Part(tail, cut, to, row[cut].Bold));
        }
    }

    /// <summary>The two phrases either side of <paramref name="at"/> (a space), when each is words and the first is no
    /// label of the second ("Skills:").</summary>
    private static (string Head, string Tail)? WeightParts(string text, int at)
    {
        var head = TextCleaner.Clean(text[..at]);
        var tail = TextCleaner.Clean(text[(at + 1)..]);
        if (!HasWord(new StringBuilder(head)) || !HasWord(new StringBuilder(tail)) || head.EndsWith(':') || tail.Length < 3
            || !char.IsLetter(head[0]) || !char.IsLetter(tail[0]))
        {
            return null;
        }
        return (head, tail);
    }

    /// <summary>How much larger the type of a phrase run on after text must be to be a phrase of its own.</summary>
    private const double LargerTailRatio = 1.15;

    /// <summary>
    /// From glyph <paramref name="k"/> to the row's end every glyph is set markedly larger than the phrase begun at
    /// <paramref name="start"/>, in more than a letter or two. Only the whole rest of the row counts: small capitals
    /// raise only each word's first letter, and a superscript is smaller.
    /// </summary>
    private static bool OpensLargerTail(List<Glyph> row, int start, int k)
    {
        var before = 0.0;
        for (var i = start; i < k; i++)
        {
            if (!row[i].Space && !row[i].Icon)
            {
                before = Math.Max(before, row[i].Size);
            }
        }
        if (before <= 0)
        {
            return false;
        }
        var letters = 0;
        for (var i = k; i < row.Count; i++)
        {
            var g = row[i];
            if (g.Space)
            {
                continue;
            }
            if (g.Icon || g.Size < before * LargerTailRatio)
            {
                return false;
            }
            letters += g.Text.Count(char.IsLetter);
        }
        return letters >= 3;
    }

    /// <summary>Four or more full stops in a row from <paramref name="k"/> (spaces between them allowed): a dotted leader.</summary>
    private static bool IsLeader(List<Glyph> row, int k)
    {
        var dots = 0;
        for (var i = k; i < row.Count && dots < 4; i++)
        {
            if (row[i].Text == ".")
            {
                dots++;
            }
            else if (!row[i].Space)
            {
                break;
            }
        }
        return dots >= 4;
    }

    /// <summary>The text ends on an abbreviation that takes a full stop: "S.L", "B.V", or a legal form ("Ltd", "Inc").</summary>
    private static bool ClosesAbbreviation(StringBuilder text)
    {
        var n = text.Length;
        if (n < 2 || !char.IsLetter(text[n - 1]))
        {
            return false;
        }
        if (text[n - 2] == '.')
        {
            return true;
        }
        var space = n - 1;
        while (space >= 0 && text[space] != ' ')
        {
            space--;
        }
        return Fields.Places.IsLegalForm(text.ToString(space + 1, n - space - 1));
    }

    /// <summary>
    /// Letter-spaced text (CSS letter-spacing, LaTeX's \textls, Word's expanded spacing) puts the same extra gap after
    /// every glyph, and twice that around a space. Per glyph: how much of the gap before it is that tracking, so the
    /// letters read as one word and the words stay apart as usual. A gap counts as tracking when a neighbouring gap in
    /// the same word is about as wide; one wide gap alone is a gap.
    /// </summary>
    /// <param name="drawsSpaces">Spaces are glyphs, so word gaps cannot pass for tracking; where they are not (TeX), a
    /// justified line's even word gaps around a one-letter word could, so a run of three even gaps is asked for.</param>
    private static double[]? Tracking(List<Glyph> row, bool drawsSpaces)
    {
        if (row.Count < 4 || !MayBeTracked(row, drawsSpaces ? 2 : 3))
        {
            return null;
        }
        var index = new List<int>(row.Count);
        var spaceBefore = new List<bool>(row.Count);
        var space = false;
        foreach (var (g, k) in row.Select((g, k) => (g, k)))
        {
            if (g.Space)
            {
                space = true;
                continue;
            }
            index.Add(k);
            spaceBefore.Add(space || g.Icon || index.Count > 1 && row[index[^2]].Icon);
            space = false;
        }
        var n = index.Count;
        var gaps = new double[n];
        for (var j = 1; j < n; j++)
        {
            var (a, b) = (row[index[j - 1]], row[index[j]]);
            gaps[j] = (b.Left - a.Right) / Math.Min(a.Size, b.Size);
        }
        bool Letter(int j) => j >= 1 && j < n && !spaceBefore[j] && gaps[j] is >= 0.08 and <= 1.2;
        bool Near(int j, int other) => Letter(other) && Math.Abs(gaps[j] - gaps[other]) <= Math.Max(0.08, 0.35 * gaps[j]);
        double[]? result = null;
        var tracked = new bool[n];
        for (var j = 1; j < n; j++)
        {
            var run = drawsSpaces ? Near(j, j - 1) || Near(j, j + 1)
                : Near(j, j - 1) && (Near(j, j + 1) || Near(j - 1, j - 2)) || Near(j, j + 1) && Near(j + 1, j + 2);
            if (Letter(j) && run)
            {
                tracked[j] = true;
                (result ??= new double[row.Count])[index[j]] = gaps[j] * Math.Min(row[index[j - 1]].Size, row[index[j]].Size);
            }
        }
        if (result is null)
        {
            return null;
        }
        // A kerned pair inside a tracked word ("L" "V") is narrower than the tracking around it, but still inside it.
        for (var j = 2; j + 1 < n; j++)
        {
            if (!tracked[j] && !spaceBefore[j] && tracked[j - 1] && tracked[j + 1] && gaps[j] > -0.1 && gaps[j] < 2 * Math.Max(gaps[j - 1], gaps[j + 1]))
            {
                tracked[j] = true;
                result[index[j]] = Math.Max(0, gaps[j]) * Math.Min(row[index[j - 1]].Size, row[index[j]].Size);
            }
        }
        // A word of two letters in tracked text ("DANA DE LUCA") has one gap, with no neighbour in the word to match it:
        // it is tracked when it matches the nearest tracked gap of the row.
        var lastTracked = -1;
        var nearestLeft = new int[n];
        for (var j = 0; j < n; j++)
        {
            nearestLeft[j] = lastTracked;
            lastTracked = tracked[j] ? j : lastTracked;
        }
        var nextTracked = -1;
        for (var j = n - 1; j >= 1; j--)
        {
            if (!tracked[j] && Letter(j) && (j == 1 || spaceBefore[j - 1]) && (j + 1 == n || spaceBefore[j + 1])
                && (Matches(j, nearestLeft[j]) || Matches(j, nextTracked)))
            {
                tracked[j] = true;
                result[index[j]] = gaps[j] * Math.Min(row[index[j - 1]].Size, row[index[j]].Size);
                continue;
            }
            nextTracked = tracked[j] ? j : nextTracked;
        }
        // A space in tracked text carries the tracking on both of its sides, also beside a word of one glyph ("&", "—"),
        // which has no gap of its own to show it: the tracking is read off the word beyond it.
        var around = new double[n];
        for (var j = 1; j < n; j++)
        {
            if (!spaceBefore[j])
            {
                continue;
            }
            var left = TrackingAt(j - 1) ?? (j >= 2 && spaceBefore[j - 1] ? TrackingAt(j - 2) : null);
            var right = TrackingAt(j + 1) ?? (j + 2 < n && spaceBefore[j + 1] ? TrackingAt(j + 2) : null);
            around[j] = (left, right) switch
            {
                ({ } l, { } r) => l + r,
                ({ } l, null) => 2 * l,
                (null, { } r) => 2 * r,
                _ => 0,
            };
        }
        for (var j = 1; j < n; j++)
        {
            if (around[j] > 0)
            {
                result[index[j]] = around[j];
            }
        }
        return result;

        double? TrackingAt(int j) => j >= 1 && j < n && tracked[j] ? result![index[j]] : null;

        bool Matches(int j, int other) => other >= 1 && Math.Abs(gaps[j] - gaps[other]) <= Math.Max(0.08, 0.35 * gaps[other]);
    }

    /// <summary>Cheap test before the full one: enough gaps between neighbouring glyphs (no space between) as wide as
    /// tracking makes them. Most rows have none and cost one pass.</summary>
    private static bool MayBeTracked(List<Glyph> row, int needed)
    {
        var count = 0;
        for (var k = 1; k < row.Count; k++)
        {
            var (a, b) = (row[k - 1], row[k]);
            if (a.Space || b.Space)
            {
                continue;
            }
            var gap = (b.Left - a.Right) / Math.Min(a.Size, b.Size);
            if (gap is >= 0.08 and <= 1.2 && ++count >= needed)
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsAtEdge(Glyph g, double chunkLeft, List<Edge> edges)
    {
        foreach (var edge in edges)
        {
            if (Math.Abs(g.Left - edge.X) <= 0.8 && chunkLeft < edge.X - 2 && g.Baseline >= edge.Top && g.Baseline <= edge.Bottom)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>One letter upright and the other italic. A change of weight alone across a comma is a bold name and its town
    /// ("Harbour Bank, Nantes — Analyst"), one field the words part better than the faces.</summary>
    private static bool SlantDiffers(Glyph a, Glyph b) => a.Italic != b.Italic;

    private static bool HasWord(StringBuilder text)
    {
        var letters = 0;
        for (var k = 0; k < text.Length && letters < 2; k++)
        {
            letters += char.IsLetterOrDigit(text[k]) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static void AppendGlyph(StringBuilder text, string value)
    {
        foreach (var c in value)
        {
            if (TextCleaner.Ligature(c) is { } expanded)
            {
                text.Append(expanded);
            }
            else
            {
                text.Append(c);
            }
        }
    }

    internal static bool IsIconFont(string name) =>
        name.Contains("FontAwesome", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Awesome", StringComparison.Ordinal)
        || name.Contains("Icon", StringComparison.Ordinal)
        || name.Contains("Wingding", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Dingbat", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Glyphicons", StringComparison.OrdinalIgnoreCase)
        || name.Contains("MaterialSymbols", StringComparison.OrdinalIgnoreCase)
        || name.Contains("academicons", StringComparison.OrdinalIgnoreCase)
        // moderncv's icons and list bullets under pdfLaTeX: "H" a phone, "B" an e-mail, "{" a bullet.
        || name.Contains("MarVoSym", StringComparison.OrdinalIgnoreCase);

    internal static bool IsPrivateUse(string value) => value.Length == 1 && value[0] is >= '\uE000' and <= '\uF8FF';

    /// <summary>"LMRoman10-Italic", "SourceSansPro-LightIt", "Arial,Italic", "CMTI10", "LMRomanSlant10": a face whose name says it
    /// is italic, oblique or slanted (embedded fonts rarely set the descriptor's italic flag).</summary>
    internal static bool IsItalicName(string name)
    {
        var plus = name.IndexOf('+');
        var face = plus >= 0 ? name[(plus + 1)..] : name;
        return face.Contains("Italic", StringComparison.OrdinalIgnoreCase)
            || face.Contains("Oblique", StringComparison.OrdinalIgnoreCase)
            || face.Contains("Slant", StringComparison.Ordinal)
            || ItalicSuffix().IsMatch(face)
            || TexItalic().IsMatch(face);
    }

    /// <summary>A weight closed by "It" or "I" ("LightIt", "SemiboldIt", "-BoldI", "-It"): how font families abbreviate italic.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?:-|Light|Regular|Book|Medium|Semibold|SemiBold|Bold|Black|Thin)(?:It|I)(?:-|$)")]
    private static partial System.Text.RegularExpressions.Regex ItalicSuffix();

    /// <summary>TeX's own faces: Computer Modern and EC text italic and slanted ("CMTI10", "CMBXTI10", "CMSL10", "SFTI1095",
    /// "SFSL1000", "SFBI1000").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:CM(?:BX)?TI|CMSL|CMBXSL|SF(?:TI|SL|BI|SO|XI))\d")]
    private static partial System.Text.RegularExpressions.Regex TexItalic();

    private static bool IsBoldName(string name)
    {
        var plus = name.IndexOf('+');
        var face = plus >= 0 ? name[(plus + 1)..] : name;
        return face.Contains("Bold", StringComparison.OrdinalIgnoreCase)
            || face.Contains("Black", StringComparison.Ordinal)
            || face.Contains("Heavy", StringComparison.Ordinal)
            || face.Contains("Semibold", StringComparison.OrdinalIgnoreCase)
            || face.Contains("Demi", StringComparison.Ordinal)
            || face.Contains("CMBX", StringComparison.Ordinal)
            || face.EndsWith("-Bd", StringComparison.Ordinal)
            || face.Contains(",Bold", StringComparison.Ordinal);
    }
}
