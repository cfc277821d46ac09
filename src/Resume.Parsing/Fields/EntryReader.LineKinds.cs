using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>Which lines of a section head an entry, which are its list items and which are running sentences.</summary>
internal static partial class EntryReader
{
    private enum LineKind { Header, Item, Sentence }

    /// <summary>"Programação ADVPL." over "• 2014-2015 – DOIT Consultoria LTDA": a bullet starts its own block, so short
    /// plain lines above a bullet that opens on its years close the entry before; they are not the next job's title.</summary>
    private static void LinesAboveDatedBulletsClose(List<TextLine> lines, LineKind[] kinds)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Header || !DatedBulletHead.Heads(lines[i], DateParser.Find(lines[i].Text)))
            {
                continue;
            }
            var k = i - 1;
            while (k >= 0 && kinds[k] == LineKind.Header && !lines[k].Bullet && DateParser.Find(lines[k].Text) is null)
            {
                k--;
            }
            // Only where an entry stands above to take them: the lines that open a section are its own header.
            if (k < 0 || k == i - 1 || !kinds[..(k + 1)].Contains(LineKind.Header))
            {
                continue;
            }
            for (var j = k + 1; j < i; j++)
            {
                kinds[j] = LineKind.Sentence;
            }
        }
    }

    /// <summary>"VOCATIONAL . . . . . . .": a short label filled out to the margin with leader dots heads a group of
    /// entries; it is no entry's title or employer.</summary>
    private static bool IsLeaderHeading(string text)
    {
        var t = text.TrimEnd();
        var end = t.Length;
        var dots = 0;
        while (end > 0 && t[end - 1] is '.' or ' ' or '…')
        {
            dots += t[end - 1] == '.' ? 1 : t[end - 1] == '…' ? 3 : 0;
            end--;
        }
        var label = t[..end];
        return dots >= 5 && label.Length is > 0 and <= 40 && label.Count(c => c == ' ') < 4 && !label.Any(char.IsDigit);
    }

    /// <param name="duties">The section's entries may list duties (jobs, projects): lines in the body's plain style under
    /// heavier entry lines are what was done there, bullets or not.</param>
    private static LineKind[] Classify(List<TextLine> lines, bool duties, bool jobs = false, bool[]? bulletHeads = null)
    {
        var jobItems = jobs && JobsAsItems(lines);
        var kinds = new LineKind[lines.Count];
        var geometry = lines.Any(l => l.HasGeometry);
        var plain = duties && geometry ? PlainBody.Of(lines) : null;
        var minLeft = double.MaxValue;
        var minIndent = int.MaxValue;
        double? itemLeft = null;
        var foreign = ForeignTail(lines);
        foreach (var l in lines.Take(lines.Count - foreign))
        {
            if (l.Bullet)
            {
                itemLeft = l.Left;
                continue;
            }
            // An item's text wrapped back under its glyph sets no margin for the entries' own lines, which a template
            // may indent past the glyphs (typst brilliant-cv: "Employer ‖ Town" right of the bullets).
            if (itemLeft is { } glyph && l.HasGeometry && Math.Abs(l.Left - glyph) <= 2 && DateParser.Find(l.Text) is null)
            {
                continue;
            }
            itemLeft = null;
            minLeft = Math.Min(minLeft, TextLeft(l));
            minIndent = Math.Min(minIndent, l.Indent);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            var date = DateParser.Find(text);
            if (IsLinkOnly(text))
            {
                kinds[i] = LineKind.Header; // an employer's or project's address under its name
            }
            else if (bulletHeads is not null && bulletHeads[i])
            {
                kinds[i] = LineKind.Header;
            }
            else if (line.Bullet && !(jobItems && date is not null) && !HasDateCell(line) && !(jobs && DatedBulletHead.Heads(line, date)) && !(i + 1 < lines.Count && !lines[i + 1].Bullet && IsEntryTitleBehindBullet(line, lines[i + 1])))
            {
                kinds[i] = LineKind.Item;
            }
            else if (date is not null && plain is not null && plain.IsDuty(lines, i))
            {
                kinds[i] = plain.Prose ? LineKind.Sentence : LineKind.Item; // a year in the body's running text
            }
            else if (date is not null && i > 0 && DatedSentence(line, date))
            {
                kinds[i] = LineKind.Sentence; // "Monitor na disciplina Física 1 de março a agosto de 2018.": a date told in the prose
            }
            else if (date is not null && (date.IsRange || DateParser.IsOnlyDate(text, date) || line.Segments.Count > 1 || IsTrailingDate(text, date)))
            {
                kinds[i] = LineKind.Header;
            }
            else if (jobs && i > 0 && !line.Bullet && kinds[i - 1] == LineKind.Header && DescribesWholeHeader(lines[i - 1], line))
            {
                kinds[i] = LineKind.Sentence;
            }
            else if (i > 0 && !line.Bullet && kinds[i - 1] == LineKind.Header && UnderMarginDate(lines[i - 1], line) && !IsSentence(text))
            {
                kinds[i] = LineKind.Header; // the employer under a title whose dates stand in the margin column
            }
            else if (geometry && line.HasGeometry && TextLeft(line) >= minLeft + 7)
            {
                kinds[i] = LineKind.Item;
            }
            else if (!geometry && line.Indent >= minIndent + 2 && i > 0)
            {
                kinds[i] = LineKind.Item;
            }
            else if (plain is { Prose: false } && plain.IsDuty(lines, i))
            {
                kinds[i] = LineKind.Item; // one duty a line, however long
            }
            else if ((IsSentence(text) || IsLabelledList(text) || WrapsAsProse(lines, i)) && i > 0)
            {
                kinds[i] = LineKind.Sentence;
            }
            else if (plain is not null && plain.IsDuty(lines, i))
            {
                kinds[i] = plain.Prose ? LineKind.Sentence : LineKind.Item;
            }
            else
            {
                kinds[i] = LineKind.Header;
            }
        }
        if (geometry)
        {
            MarkStatementLines(lines, kinds);
        }
        // A wrapped sentence's second line is a sentence too, not a header; so is the rest of a bullet's text wrapped back
        // to the margin under its glyph ("…handling 61K requests per" / "minute"): it runs on in lower case, or it carries
        // on the bullet's words and is no entry's first line (no dates follow it within two lines).
        for (var i = 1; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Header && kinds[i - 1] == LineKind.Item && !lines[i].Bullet && lines[i].Text is { Length: > 0 } rest
                && InItemType(lines[i - 1], lines[i]) && (DateParser.Find(rest) is null || YearInWrappedItem(lines[i - 1], lines[i]))
                && (char.IsLower(rest[0]) || lines[i - 1].Text.TrimEnd() is var prev && prev.EndsWith('-') && !prev.EndsWith(" -", StringComparison.Ordinal)
                    || !lines[i].Bold && lines[i].Segments.Count == 1 && IsContinuation(lines[i - 1], lines[i], geometry)
                        && (!lines.Skip(i + 1).Take(2).Any(l => DateParser.Find(l.Text) is not null)
                            || ClosesWhatTheItemOpened(lines[i - 1], lines[i]) || TightUnderItemBeforeGap(lines, i))))
            {
                kinds[i] = LineKind.Item;
                continue;
            }
            // The rest of an item wrapped onto a line that reads as a sentence of its own ("• Led the launch of the route planner," /
            // "now used by three thousand depots every day."): it runs on in lower case or the item's line ran to the column's edge.
            if (kinds[i] == LineKind.Sentence && kinds[i - 1] == LineKind.Item && !lines[i].Bullet && lines[i].Text is { Length: > 0 } wrapped
                && InItemType(lines[i - 1], lines[i]) && (char.IsLower(wrapped[0]) || geometry && lines[i].HasGeometry && lines[i - 1].HasGeometry && lines[i].Page == lines[i - 1].Page
                    && !EndsClause(lines[i - 1].Text) && FirstWordWouldNotFit(lines[i - 1], lines[i])))
            {
                kinds[i] = LineKind.Item;
                continue;
            }
            if (kinds[i] == LineKind.Header && kinds[i - 1] == LineKind.Sentence && IsContinuation(lines[i - 1], lines[i], geometry))
            {
                kinds[i] = LineKind.Sentence;
            }
        }
        return kinds;
    }

    /// <summary>
    /// "PROJETOS" set across the page under two columns: the half of its text under the right column is read on after
    /// that column's entries, further left than any of their lines. A run of lines closing the section, each set left of
    /// every line above it on its page, is another block's text: it sets no margin for the entries.
    /// </summary>
    private static int ForeignTail(List<TextLine> lines)
    {
        if (lines.Count < 3 || lines.Any(l => !l.HasGeometry))
        {
            return 0;
        }
        var from = lines.Count - 1;
        while (from > 0 && lines[from - 1].Page == lines[^1].Page)
        {
            from--;
        }
        // The leftmost line above each line of the last page, from the page's first line of the section on.
        var above = new double[lines.Count];
        var leftest = double.MaxValue;
        for (var k = from; k < lines.Count; k++)
        {
            above[k] = leftest;
            leftest = Math.Min(leftest, lines[k].Left);
        }
        var tail = 0;
        var tailRight = double.MinValue;
        for (var k = lines.Count - 1; k > from; k--)
        {
            tailRight = Math.Max(tailRight, lines[k].Left);
            if (tailRight < above[k] - 3)
            {
                tail = lines.Count - k;
            }
        }
        // Only a tail below the entries' dated lines: the section's own first lines are never foreign.
        return tail > 0 && lines.Take(lines.Count - tail).Any(l => DateParser.Find(l.Text) is not null) ? tail : 0;
    }

    /// <summary>The rest of an item wrapped onto the next line keeps the item's type: a line set larger, or in bold under
    /// a plain item, opens the next entry whatever its first letter ("iOS Developer, Vireo, Mobile Team" under a
    /// bullet's last line).</summary>
    private static bool InItemType(TextLine item, TextLine line) =>
        !(line.FontSize > item.FontSize + 0.75 && item.FontSize > 0 || line.Bold && !item.Bold);

    /// <summary>
    /// A duty list without glyphs ("Completed the first-aid course" / "Sorted the morning post" / "Cover the front desk at
    /// lunch"): a run of three or more plain lines in the entries' body type, smaller than the type of the
    /// lines that date the entries, most of them broken before the column's edge and two or more opening with an action
    /// verb, is one statement a line: each line from the first such verb on is an item (a line that ran to the edge
    /// carries on below). A paragraph breaks at the edge; an entry's own lines are set in its larger or bold type.
    /// </summary>
    private static void MarkStatementLines(List<TextLine> lines, LineKind[] kinds)
    {
        var datedSize = 0.0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Bullet)
            {
                return; // glyphs say which lines are items
            }
            if (kinds[i] == LineKind.Header && lines[i].HasGeometry && DateParser.Find(lines[i].Text) is not null)
            {
                datedSize = Math.Max(datedSize, lines[i].FontSize);
            }
        }
        bool Plain(int i) => kinds[i] != LineKind.Item && lines[i] is { HasGeometry: true, Bold: false } l && l.FontSize <= datedSize - 0.5
            && l.Segments.Count == 1 && DateParser.Find(l.Text) is null;
        for (var a = 0; a < lines.Count; a++)
        {
            if (!Plain(a))
            {
                continue;
            }
            var b = a;
            while (b + 1 < lines.Count && Plain(b + 1) && lines[b + 1].Page == lines[b].Page && Math.Abs(lines[b + 1].Left - lines[a].Left) < 2)
            {
                b++;
            }
            var first = a;
            while (first <= b && !ActionVerbs.StartsWithOne(lines[first].Text))
            {
                first++;
            }
            var verbs = 0;
            var broken = 0;
            for (var k = first; k <= b; k++)
            {
                verbs += ActionVerbs.StartsWithOne(lines[k].Text) ? 1 : 0;
                broken += k < b && !FirstWordWouldNotFit(lines[k], lines[k + 1]) ? 1 : 0;
            }
            if (b - first >= 2 && verbs >= 2 && broken >= 2 && broken * 2 >= b - first)
            {
                for (var k = first; k <= b; k++)
                {
                    kinds[k] = LineKind.Item;
                }
            }
            a = b;
        }
    }

    /// <summary>"…reached the final of the innovation challenge and Denver" / "Startup of the Year finalist (2019)": a year
    /// that an item's words mention on its wrapped line, in the item's own type, after a line that ran to the column's edge,
    /// dates no entry.</summary>
    /// <summary>
    /// The rest of an item wrapped onto a line of its own closes the quotation or bracket the item opened ("…for the
    /// subject “Control" / "Engineering I”"): no entry's first line closes what another line opened, even with the next
    /// entry's dates right under it.
    /// </summary>
    private static bool ClosesWhatTheItemOpened(TextLine item, TextLine line)
    {
        var (above, text) = (item.Text, line.Text);
        return Unclosed(above) > 0 && Unclosed(text) < 0
            || above.Count(c => c == '“') > above.Count(c => c == '”') && text.Count(c => c == '”') > text.Count(c => c == '“');
    }

    /// <summary>
    /// The rest of an item set tight under it, at its type size, with a clear gap below before the next entry's dated
    /// line: the space a writer leaves between entries says where one ends, so the line closes the item above rather
    /// than opening the entry below.
    /// </summary>
    private static bool TightUnderItemBeforeGap(List<TextLine> lines, int i)
    {
        var (item, line) = (lines[i - 1], lines[i]);
        if (i + 1 >= lines.Count || lines[i + 1] is not { HasGeometry: true } next || !item.HasGeometry || !line.HasGeometry
            || item.Page != line.Page || next.Page != line.Page || Math.Abs(item.FontSize - line.FontSize) > 0.5 || line.Left < item.Left - 2)
        {
            return false;
        }
        var above = line.Top - item.Bottom;
        var below = next.Top - line.Bottom;
        return above <= 0.5 * line.FontSize && below >= above + 0.8 * line.FontSize;
    }

    private static bool YearInWrappedItem(TextLine item, TextLine line) =>
        line.HasGeometry && item.HasGeometry && line.Page == item.Page && Math.Abs(line.FontSize - item.FontSize) < 0.3
        // "…sales representative in seven states from" / "1997 until 2002.": a span of years too, where the line starts
        // right under the item's text, as its wrap does and an entry's first line does not.
        && DateParser.Find(line.Text) is { } d && (!d.IsRange || Math.Abs(line.Left - item.Left) <= 2)
        && (!DateParser.IsOnlyDate(line.Text, d) || d.IsRange && EndsClause(line.Text)) && line.Segments.Count == 1
        && !EndsClause(item.Text) && FirstWordWouldNotFit(item, line);

    /// <summary>"Monitor na disciplina Laboratório de Eletrônica desde junho de 2021.", "Promoted to team lead in March
    /// 2021.": a sentence under a job that tells when something happened holds a date inside its words, after several of
    /// them and joined to them by a small word in lower case ("desde", "in", "de"), and closes with a full stop. An entry's
    /// own line sets its dates apart, at its start or its end, or in a cell of their own.</summary>
    private static bool DatedSentence(TextLine line, DateRange date)
    {
        var text = line.Text.TrimEnd();
        if (line.Segments.Count > 1 || !text.EndsWith('.') || !IsSentence(text) || date.Index <= 0 || date.Index >= text.Length)
        {
            return false;
        }
        var before = text[..date.Index].TrimEnd();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || before.EndsWith(',') || before.EndsWith('|') || before.EndsWith('–') || before.EndsWith('-'))
        {
            return false;
        }
        return char.IsLower(text[date.Index]) || char.IsLower(words[^1][0]);
    }

    private static bool EndsClause(string text) => text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith(';') || t.EndsWith('!') || t.EndsWith('?'));

    /// <summary>"Organisation | 2020", "Title, Org — May 2021": one date closing a short line after a separator dates an
    /// entry as surely as a range does; a date inside a sentence does not.</summary>
    /// <summary>
    /// "2018–2021 ⟶ Staff Nurse" over "Leeds General Infirmary" set under the title: where an entry's dates stand in a
    /// margin column (pandoc's and HTML templates' habit), the line below the title at the title's own left edge goes on
    /// with the entry's header; only the lines indented past it, or marked as items, are its body.
    /// </summary>
    private static bool UnderMarginDate(TextLine dated, TextLine line)
    {
        if (dated.Segments.Count < 2 || line.Segments.Count != 1 || DateParser.Find(dated.Segments[0].Text) is not { } date
            || !DateParser.IsOnlyDate(dated.Segments[0].Text, date) || DateParser.Find(line.Text) is not null || line.Text.Length > 80)
        {
            return false;
        }
        if (dated.HasGeometry && line.HasGeometry)
        {
            return dated.Page == line.Page && Math.Abs(line.Left - dated.Segments[1].Left) <= 3;
        }
        return !dated.HasGeometry && !line.HasGeometry && line.Indent > dated.Indent + 2;
    }

    /// <summary>
    /// "03/2018 – 07/2018 ‖ Berufspraktikum, Tarnwald Logistik, Wels." over "Entwicklung eines Wartungssystems" in smaller
    /// type: a dated line that already names both the title and the employer leaves the line set smaller under it nothing
    /// to name; it describes the job.
    /// </summary>
    private static bool DescribesWholeHeader(TextLine dated, TextLine line)
    {
        if (!dated.HasGeometry || !line.HasGeometry || line.Bold || line.FontSize > dated.FontSize - 0.5 || dated.Segments.Count < 2
            || line.Segments.Count != 1 || dated.Page != line.Page || Math.Abs(line.Left - dated.Segments[1].Left) > 3
            || DateParser.Find(dated.Segments[0].Text) is not { } date || !DateParser.IsOnlyDate(dated.Segments[0].Text, date)
            || DateParser.Find(line.Text) is not null)
        {
            return false;
        }
        var pieces = dated.Segments.Skip(1).Select(g => g.Text.Trim()).Where(t => t.Length > 0).ToList();
        return pieces.Sum(p => p.Split(", ").Length) >= 2 && RoleParser.Parse(pieces) is { Position: not null, Organisation: not null };
    }

    /// <summary>A list of jobs set as list items, one job an item ("1. Staff Nurse, Leeds General Infirmary, 2018 – 2021"):
    /// no line but the items carries dates, and two or more items carry a span of years or end on their dates.</summary>
    private static bool JobsAsItems(List<TextLine> lines)
    {
        var dated = 0;
        foreach (var line in lines)
        {
            if (DateParser.Find(line.Text) is not { } date)
            {
                continue;
            }
            if (!line.Bullet)
            {
                return false;
            }
            if (date.IsRange || IsTrailingDate(line.Text, date))
            {
                dated++;
            }
        }
        return dated >= 2;
    }

    private static bool IsTrailingDate(string text, DateRange date)
    {
        if (date.Index + date.Length < text.TrimEnd().TrimEnd(')', '.').Length || date.Index < 3)
        {
            return false;
        }
        var before = text[..date.Index].TrimEnd();
        var separated = before.EndsWith('|') || before.EndsWith('·') || before.EndsWith('—') || before.EndsWith('–')
            || before.EndsWith(',') || before.EndsWith(" -", StringComparison.Ordinal) || before.EndsWith('(') || before.EndsWith('•');
        return separated && before.Count(c => c == ' ') <= 12;
    }

    private static bool IsLinkOnly(string text) =>
        !text.Contains(' ') && text.Contains('.') && (text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('/')) && ContactParser.Url().IsMatch(text);

    /// <summary>
    /// A bullet glyph starts an item, and an entry's first line may begin with one too ("• Employer   City", an icon
    /// before a title): it is the entry's title when a line of dates follows and it reads as a title, not as an item
    /// (set in bold or in cells, not opening with an action verb).
    /// </summary>
    /// <summary>
    /// "• Mar 2021 / Today: Harbour Freight." over "• Warehouse clerk." and its duties, or "• Line cook – Bistro Lune" over a
    /// plain line on the work: where a section opens on a bullet set wholly in bold, its other bold bullets stand at that
    /// glyph's margin or left of every plain one, and nothing else in it is bold, the bold face marks each entry's first
    /// line, whatever glyph the writer put before it. Null when the section is not so set.
    /// </summary>
    private static bool[]? BoldBulletHeads(List<TextLine> lines)
    {
        static bool Bold(TextLine l) => l.Bold && l.Segments.All(s => s.Bold);
        if (lines.Count < 2 || !lines[0].Bullet || !lines[0].HasGeometry || !Bold(lines[0]))
        {
            return null;
        }
        var heads = new bool[lines.Count];
        var count = 0;
        var plain = false;
        var plainBulletLeft = double.MaxValue;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (!Bold(line))
            {
                // A line bold for the most part but not wholly is a title with its dates or an item with a bold lead-in:
                // the face no longer tells the entries' lines apart.
                if (line.Bold)
                {
                    return null;
                }
                plain = true;
                plainBulletLeft = line.Bullet ? Math.Min(plainBulletLeft, line.Left) : plainBulletLeft;
                continue;
            }
            // Bold sets a heading apart however it is punctuated ("…: Harbour Freight."); a long one is an item's stress.
            if (!line.Bullet || line.Text.Count(c => c == ' ') >= 13 || ActionVerbs.StartsWithOne(line.Text))
            {
                return null;
            }
            heads[k] = true;
            count++;
        }
        if (count < 2 || !plain)
        {
            return null;
        }
        for (var k = 0; k < lines.Count; k++)
        {
            if (heads[k] && lines[k].Left > plainBulletLeft - 2)
            {
                return null;
            }
        }
        return heads;
    }

    /// <summary>"• University of Leeds      Sep 2015 – Jun 2019": a line behind a bullet with a cell of only dates set apart
    /// at its end heads an entry; a highlight does not carry its own date column.</summary>
    private static bool HasDateCell(TextLine line)
    {
        if (line.Segments.Count < 2)
        {
            return false;
        }
        var last = line.Segments[^1].Text;
        return DateParser.Find(last) is { } d && DateParser.IsOnlyDate(last, d) && !ActionVerbs.StartsWithOne(line.Segments[0].Text)
            && !IsSentence(line.Segments[0].Text);
    }

    private static bool IsEntryTitleBehindBullet(TextLine line, TextLine next)
    {
        var first = next.Segments[0].Text;
        if (next.Segments.Count == 1 && DateParser.Find(first) is { } d && DateParser.IsOnlyDate(first, d))
        {
            // A line of only dates follows: the icon marks a title; unless a gap sets the dates apart, as the first line
            // of the next entry (a template's dates heading above the job title).
            return !next.GapBefore;
        }
        return IsDateLine(next) && (line.Bold || line.Segments.Count > 1 || HangsUnderItsText(line, next)) && !ActionVerbs.StartsWithOne(line.Text) && !IsSentence(line.Text);
    }

    /// <summary>"• Specialist in Statistics" / "Central Bank of Peru (2013-2015)" / a paragraph: where each entry of a list
    /// is one bullet, a short title on the glyph's line and the dated employer on the next, set flush under the title's
    /// text, go together as the entry's first lines. A line carried on from an item wraps, it does not break after a few
    /// words, and the next entry's first line starts back at the margin.</summary>
    private static bool HangsUnderItsText(TextLine line, TextLine next) =>
        line.HasGeometry && next.HasGeometry && !next.GapBefore && Math.Abs(next.Left - line.Left) <= 2
        && line.Right < next.ColumnRight - 0.25 * (next.ColumnRight - line.Left) && line.Text.Count(c => c == ' ') < 7
        && !line.Text.TrimEnd().EndsWith(',') && next.Text.Length > 0 && char.IsUpper(next.Text[0]);

    /// <summary>A line that dates an entry: a cell of it is only a date, or a range closes it ("Title   May 2020 – Now").</summary>
    private static bool IsDateLine(TextLine line) =>
        line.Segments.Any(s => DateParser.Find(s.Text) is { } d && DateParser.IsOnlyDate(s.Text, d))
        || DateParser.Find(line.Text) is { IsRange: true } range && IsTrailingDate(line.Text, range);

    /// <summary>Where a line's text starts when a column of dates stands left of it: the dates are a column of their
    /// own, so an entry's lines line up with the text beside the dates, not with the dates.</summary>
    private static double TextLeft(TextLine line)
    {
        if (line.Segments.Count > 1 && DateParser.Find(line.Segments[0].Text) is { } d && DateParser.IsOnlyDate(line.Segments[0].Text, d)
            && line.Segments[1].Left > line.Segments[0].Right)
        {
            return line.Segments[1].Left;
        }
        return line.Left;
    }

    /// <summary>"Tools: Dentrix, autoclaves", "Stack: Vue, Nuxt, Vitest": a short label and a colon before a list of two
    /// or more names details the job above it; it heads no entry. Labels that name an entry's own fields ("Employer:",
    /// "Dates:") are not such lists.</summary>
    private static bool IsLabelledList(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 2 || colon > 30 || text.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }
        var label = text[..colon];
        var list = text[(colon + 1)..];
        return label.Count(c => c == ' ') < 3 && label.All(c => char.IsLetter(c) || c is ' ' or '&' or '/' or '-')
            && list.Count(c => c is ',' or ';') >= 1 && FieldLabels.Of(label) == FieldLabels.Role.None;
    }

    /// <summary>A line the column's edge cut, whose words run on into the next line to make a sentence ("…I collaborate with
    /// teams to implement process" / "improvements, resulting in …"): a paragraph describing the job, however short its
    /// first line reads. An entry's header lines are not wrapped paragraphs.</summary>
    private static bool WrapsAsProse(List<TextLine> lines, int i)
    {
        var (line, next) = (lines[i], i + 1 < lines.Count ? lines[i + 1] : null);
        // A row of cells ("Tallgrass Payments ‖ Remote" set flush right to the column's edge) is no line of a paragraph.
        if (next is null || next.Bullet || line.Bullet || !line.HasGeometry || !next.HasGeometry || DateParser.Find(next.Text) is not null
            || line.Segments.Count > 1)
        {
            return false;
        }
        // Set further above the paragraph than its lines are from each other: a header over its description.
        if (i + 2 < lines.Count && lines[i + 2] is { HasGeometry: true } after && after.Page == next.Page && next.Page == line.Page
            && next.Top - line.Top > after.Top - next.Top + 2)
        {
            return false;
        }
        var own = line.Text.Count(c => c == ' ') + 1;
        // A sentence broken before a small word ("…including cloud adoption" / "in higher education…") runs on in lower case.
        if (!FirstWordWouldNotFit(line, next) && !(own >= 6 && Words.StartsInLowerCase(next.Text)))
        {
            return false;
        }
        var whole = line.Text + " " + next.Text;
        var words = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Prose is mostly small words in lower case; a wrapped header ("The Church of Jesus Christ of …, Arizona Mission")
        // is mostly capitals.
        if (words.Count(w => char.IsLower(w[0])) * 2 < words.Length)
        {
            return false;
        }
        // A paragraph wrapped over three lines or more is prose whatever its first two lines hold ("F5 Distributed Cloud
        // Services are SaaS-based security," / "networking, and application…" / "enable customers…").
        return words.Length >= 14 || words.Length >= 8 && (whole.TrimEnd().EndsWith('.') || i + 2 < lines.Count && lines[i + 2] is
            { HasGeometry: true, Bullet: false } third && third.Page == next.Page && DateParser.Find(third.Text) is null
            && FirstWordWouldNotFit(next, third));
    }

    private static bool IsSentence(string text)
    {
        var words = text.Count(c => c == ' ') + 1;
        var last = text[(text.LastIndexOf(' ') + 1)..].TrimEnd('.');
        // "Charge Nurse — Evergreen Mobility Corp.": a company's legal form closes a title line, not a sentence.
        var endsSentence = text.EndsWith('.') && !last.Contains('.') && last.Length > 3 && !Places.IsLegalForm(last);
        // A short line that reads as a sentence ("Ran monthly workshops for beginners.") describes, it does not head.
        // A line closed by a semicolon is one clause of a list of duties: no title, employer or date line ends so.
        var endsClause = text.TrimEnd().EndsWith(';');
        if (!endsSentence && !endsClause && IsLongName(text))
        {
            return false;
        }
        return (words >= 6 && (endsSentence || text.Length > 90)) || words >= 14 || words >= 3 && endsSentence && ActionVerbs.StartsWithOne(text)
            || words >= 4 && endsClause;
    }

    /// <summary>
    /// A public body's or a unit's full name runs long ("Ministry of Environment Climate Change and Natural Resources
    /// (MECCNAR)- Central Project Coordination Unit (CPCU), The Gambia"), but it is set in capitals word after word where
    /// a sentence is mostly small words in lower case, and it lists no more than a place after a comma or two.
    /// </summary>
    private static bool IsLongName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 6 and <= 20 && text.Count(c => c == ',') <= 2 && !text.Contains(':')
            && words.Count(w => char.IsLower(w[0])) * 3 < words.Length && !ActionVerbs.StartsWithOne(text);
    }
}
