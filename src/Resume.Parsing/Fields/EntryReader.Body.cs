using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>An entry's body: its list items, wrapped lines joined back and where one item ends and the next begins.</summary>
internal static partial class EntryReader
{
    private static void ReadBody(List<(TextLine Line, LineKind Kind)> body, Entry entry)
    {
        // Items set apart by extra space: the tightest line spacing in the body is the spacing inside an item.
        var tightest = double.MaxValue;
        for (var k = 1; k < body.Count; k++)
        {
            var (a, b) = (body[k - 1].Line, body[k].Line);
            if (a.HasGeometry && a.Page == b.Page && b.Top > a.Top)
            {
                tightest = Math.Min(tightest, b.Top - a.Top);
            }
        }
        StringBuilder? item = null;
        TextLine? previous = null;
        TextLine? itemStart = null;
        var itemIsSentence = false;
        var itemLines = 0;
        var itemLists = false;
        var items = new List<(string Text, int Lines, bool Bulleted, bool Sentence)>();
        var glyphList = GlyphList.Marks(body.Select(b => b.Line).ToList());
        foreach (var (line, kind) in body)
        {
            var text = line.Text;
            // A glyph set in a taller face than its item lifts the top of the glyph's line: the item's next line stands
            // further below it, and the line after that closer to the next glyph, than the lines' spacing says.
            var slack = Math.Max(2, line.FontSize * 0.25) + (previous is { Bullet: true } && !line.Bullet ? tightest * 0.5 : 0);
            var spaced = previous is not null && line.HasGeometry && previous.Page == line.Page
                && line.Top - previous.Top > tightest + slack;
            var continues = item is not null && previous is not null && !line.Bullet && !spaced
                && !StartsAgainWhereItemStarted(itemStart!, previous, line)
                && (IsContinuation(previous, line, line.HasGeometry) || RunsOnFromFullLine(itemStart!, previous, line)
                    || glyphList && GlyphList.HangsUnderItem(itemStart!, previous, line))
                && ((kind == LineKind.Sentence) == itemIsSentence || glyphList && GlyphList.HangsUnderItem(itemStart!, previous, line));
            if (continues)
            {
                Join(item!, text);
                // "+ Rehabilitación de Centro ATAM" under "Obras:": a line opening on a list mark lists, it does not wrap prose.
                itemLines++;
                itemLists |= RunningText.OpensOnListMark(text);
            }
            else
            {
                Flush();
                item = new StringBuilder(text);
                itemStart = line;
                itemIsSentence = kind == LineKind.Sentence;
                itemLines = 1;
                itemLists = false;
            }
            previous = line;
        }
        Flush();
        // An item no glyph marks, indented or set apart as it may be, that tells rather than lists is running text. Two
        // wrapped blocks or more in a row are a list whose glyphs were drawn as shapes, not one paragraph.
        var unmarked = glyphList ? [] : items.Where(i => !i.Sentence && !i.Bulleted).ToList();
        var oneBlock = unmarked.Count(i => i.Lines >= 2) <= 1;
        foreach (var (text, lines, bulleted, sentence) in items)
        {
            var told = sentence || !bulleted && !glyphList && RunningText.Reads(text, lines, oneBlock);
            (told ? entry.Description : entry.Highlights).Add(text);
        }

        void Flush()
        {
            if (item is { Length: > 0 })
            {
                items.Add((item.ToString(), itemLines, itemStart!.Bullet || itemLists, itemIsSentence));
            }
            item = null;
        }
    }

    /// <summary>"• Held roles including Teller, Support Clerk, Personal" / "Banking Assistant and Sales Trainee.": a line without
    /// a glyph under a glyph's item whose line ran to the column's edge, no clause closed, carries that item on though its
    /// first word reads as a verb; the next item would have its own glyph.</summary>
    private static bool RunsOnFromFullLine(TextLine start, TextLine previous, TextLine line) =>
        start.Bullet && line.HasGeometry && previous.HasGeometry && previous.Page == line.Page && !EndsClause(previous.Text)
        && FirstWordWouldNotFit(previous, line);

    /// <summary>
    /// Items whose markers are pictures, wrapping back to the left of where their first line starts ("Review the controls
    /// of each audit client to confirm they" / "operate in line with" / "Perform analytical reviews…"): once an item's text
    /// ran on further left, a line starting again where the item started opens the next item.
    /// </summary>
    private static bool StartsAgainWhereItemStarted(TextLine start, TextLine previous, TextLine line) =>
        start != previous && start.HasGeometry && line.HasGeometry && previous.HasGeometry && start.Page == line.Page && previous.Page == line.Page
        && Math.Abs(line.Left - start.Left) < 1.5 && previous.Left < start.Left - Math.Max(4, line.FontSize * 0.5);

    /// <summary>The line's first word would not have fitted in what the line above left free of its column: the line
    /// above was cut by the column's edge, so this line carries it on (both lines measured, not read).</summary>
    public static bool FirstWordWouldNotFit(TextLine previous, TextLine line) => FirstWordWouldNotFit(previous, line, under: false);

    /// <summary>The same, where the caller knows the line starts under the text it would carry on (a cell's tab stop).</summary>
    private static bool FirstWordWouldNotFit(TextLine previous, TextLine line, bool under)
    {
        // Under a glyph's line the wrapped text may hang under the item's text, right of the glyph.
        under = under || line.Left <= previous.Left + 2 || previous.Bullet && line.Left <= previous.Left + 2.5 * previous.FontSize;
        return LineWrap.FirstWordWouldNotFit(previous, line) && under;
    }

    /// <summary>Whether a line carries on the previous one: it starts in lower case, or its first word would not have fit
    /// at the end of the previous line (so the text wrapped there).</summary>
    public static bool IsContinuation(TextLine previous, TextLine line, bool geometry)
    {
        var text = line.Text;
        if (text.Length == 0 || line.Bullet)
        {
            return false;
        }
        if (previous.Block >= 0 && line.Block >= 0)
        {
            return previous.Block == line.Block; // the producer tagged its paragraphs: no need to guess from the margin
        }
        // A wrapped line keeps its paragraph's type: a line set markedly larger than the one above opens something new
        // (a job title written in lower case, "konsultant ds. dostępności", under the last job's paragraph).
        if (geometry && line.HasGeometry && previous.HasGeometry && line.FontSize > previous.FontSize * 1.2)
        {
            return false;
        }
        var prev = previous.Text.TrimEnd();
        if (Words.StartsInLowerCase(text) || prev.EndsWith('-') && !prev.EndsWith(" -", StringComparison.Ordinal))
        {
            return true;
        }
        if (prev.EndsWith('.') || prev.EndsWith(';') || prev.EndsWith('!') || prev.EndsWith('?') || ActionVerbs.StartsWithOne(text))
        {
            return false;
        }
        if (ActionVerbs.EndsMidPhrase(prev))
        {
            return true;
        }
        if (geometry && line.HasGeometry && previous.HasGeometry)
        {
            if (line.Page != previous.Page && Math.Abs(line.Left - previous.Left) > 30)
            {
                return false;
            }
            return FirstWordWouldNotFit(previous, line);
        }
        if (!geometry && line.Indent > 0)
        {
            // Plain text wrapped under a bullet is indented to the bullet's text.
            return line.Indent >= previous.Indent + (previous.Bullet ? 1 : 0) && previous.Text.Length >= 50;
        }
        return false;
    }

    public static void Join(StringBuilder item, string next)
    {
        if (item.Length > 0 && item[^1] == '-' && item.Length > 1 && char.IsLetter(item[^2]))
        {
            if (item.Length >= 3 && Hyphenation.IsBreak(item.ToString(item.Length - 3, 3), next))
            {
                item.Length--;
            }
            item.Append(next);
        }
        else
        {
            item.Append(' ').Append(next);
        }
    }

    /// <summary>"Northwind Labs:" set in bold before "Platform Engineer" in the line's plain type: a colon closing a
    /// cell that another cell follows joins the two, as a dash would, and is neither's text. A field's label ("Employer:")
    /// keeps it, as that names what follows.</summary>
    private static string WithoutJoiningColon(string text, TextLine line, int k)
    {
        var trimmed = text.TrimEnd();
        return k + 1 < line.Segments.Count && trimmed.EndsWith(':') && trimmed.Length > 1
            && FieldLabels.Of(trimmed[..^1]) == FieldLabels.Role.None
            ? trimmed[..^1]
            : text;
    }
}
