using Resume.Parsing.Fields;
using Resume.Parsing.Layout;
using Resume.Parsing.Structure;
using Resume.Parsing.Text;

namespace LineRoles;

/// <summary>
/// What a model may know about a line: how it looks against the page's body text (size, weight, capitals), where it sits
/// (x against the page and its column, gaps, indent, place on the page), what it says (dates, contact pieces, heading
/// words, title words, places, digits, length) and the same for the lines around it. Geometry is -1 where the format
/// has none (DOCX, text).
/// </summary>
internal static class LineFeatures
{
    private static readonly string[] OwnNames =
    [
        "pdf", "docx", "text", "geometry", "rel_size", "size_diff", "bold", "seg_bold_share", "caps", "letter_spaced",
        "heading_level", "is_title", "underlined", "indent", "gap_before", "gap_above", "gap_below", "column", "in_sidebar",
        "bullet", "bullet_glyph", "icon", "links", "segments", "from_margin", "left_page", "right_page", "width_page",
        "left_column", "width_column", "right_slack", "y_page", "page", "line_pos", "chars", "tokens", "digits", "upper_share",
        "starts_upper", "starts_lower", "ends_period", "ends_colon", "commas", "pipes", "dash_sep", "at_word", "has_date",
        "date_range", "date_current", "only_date", "date_share", "last_cell_date", "first_cell_date", "email", "phone", "url",
        "contact_piece", "heading_exact", "heading_partial", "action_verb", "title_score", "place_score", "legal_form",
        "style_share", "same_left_share", "since_heading_word", "since_date", "to_date", "to_bullet", "dated_style_share",
    ];

    private static readonly string[] NeighbourNames =
        ["rel_size", "bold", "caps", "bullet", "has_date", "only_date", "heading_exact", "tokens", "gap_before", "left_delta", "contact_piece", "action_verb"];

    /// <summary>Where each neighbour feature sits among a line's own (-1: left_delta, computed against the line).</summary>
    private static readonly int[] NeighbourIndex = NeighbourNames.Select(n => Array.IndexOf(OwnNames, n)).ToArray();

    public static readonly string[] Names =
    [
        .. OwnNames, .. NeighbourNames.Select(n => "prev_" + n), .. NeighbourNames.Select(n => "next_" + n),
        .. NeighbourNames.Select(n => "prev2_" + n), .. NeighbourNames.Select(n => "next2_" + n),
    ];

    public static float[][] Compute(IReadOnlyList<TextLine> lines, string fileType)
    {
        var body = BodySize(lines);
        var geometry = lines.Any(l => l.HasGeometry);
        var minLeft = geometry ? lines.Where(l => l.HasGeometry).Min(l => l.Left) : 0;
        var maxRight = geometry ? lines.Where(l => l.HasGeometry).Max(l => l.Right) : 0;
        var pageWidth = Math.Max(1, maxRight - minLeft);
        var pageBottom = lines.Where(l => l.HasGeometry).GroupBy(l => l.Page).ToDictionary(g => g.Key, g => g.Max(l => l.Bottom));
        var columnLeft = lines.Where(l => l.HasGeometry).GroupBy(l => (l.Page, l.Column)).ToDictionary(g => g.Key, g => g.Min(l => l.Left));
        var totalChars = Math.Max(1, lines.Sum(l => l.Text.Length));
        var styleChars = new Dictionary<string, int>(StringComparer.Ordinal);
        var leftCounts = new Dictionary<double, int>();
        foreach (var l in lines)
        {
            var key = StyleKey(l);
            styleChars[key] = styleChars.GetValueOrDefault(key) + l.Text.Length;
            if (l.HasGeometry)
            {
                leftCounts[Math.Round(l.Left)] = leftCounts.GetValueOrDefault(Math.Round(l.Left)) + 1;
            }
        }

        // Where the line stands in the run of lines: after a heading word, between dated lines and list items.
        var headingWord = lines.Select(l => l.Segments.Count == 1 && HeadingLexicon.Match(SectionSplitter.HeadingText(l.Text)) is { Exact: true }).ToArray();
        var dated = lines.Select(l => DateParser.Find(l.Text) is not null).ToArray();
        var bulleted = lines.Select(l => l.Bullet || Bullets.TryStrip(l.Text, out _)).ToArray();
        var datedStyles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var k = 0; k < lines.Count; k++)
        {
            if (dated[k])
            {
                var key = StyleKey(lines[k]);
                datedStyles[key] = datedStyles.GetValueOrDefault(key) + 1;
            }
        }
        var datedCount = Math.Max(1, dated.Count(d => d));
        var own = new float[lines.Count][];
        var neighbour = new float[lines.Count][];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            var collapsed = LetterSpacing.Collapse(text.Trim());
            var has = line.HasGeometry;
            var date = DateParser.Find(text);
            var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            var letters = text.Count(char.IsLetter);
            var heading = HeadingLexicon.Match(SectionSplitter.HeadingText(text));
            var prev = i > 0 ? lines[i - 1] : null;
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var gapAbove = has && prev is { HasGeometry: true } && prev.Page == line.Page ? (line.Top - prev.Bottom) / line.FontSize : -1;
            var gapBelow = has && next is { HasGeometry: true } && next.Page == line.Page ? (next.Top - line.Bottom) / line.FontSize : -1;
            var colLeft = has ? columnLeft[(line.Page, line.Column)] : 0;
            var colWidth = Math.Max(1, line.ColumnRight - colLeft);
            var first = line.Segments[0].Text;
            var last = line.Segments[^1].Text;
            own[i] =
            [
                F(fileType == "pdf"), F(fileType == "docx"), F(fileType is "txt" or "md" or "text" or "markdown"), F(has),
                has && body > 0 ? (float)(line.FontSize / body) : -1, has ? (float)(line.FontSize - body) : 0,
                F(line.Bold), has ? (float)line.Segments.Sum(s => s.Bold ? s.Text.Length : 0) / Math.Max(1, text.Length) : -1,
                F(SectionSplitter.IsAllCaps(text)), F(collapsed.Length < text.Trim().Length - 2),
                line.HeadingLevel, F(line.IsTitle), F(line.Underlined), line.Indent, F(line.GapBefore),
                (float)Math.Min(gapAbove, 10), (float)Math.Min(gapBelow, 10), line.Column, F(line.InSidebar),
                F(line.Bullet), F(Bullets.TryStrip(text, out _)), F(line.Segments.Any(s => s.Icon is not null)), line.Links.Count,
                line.Segments.Count, F(line.Segments[0].FromMargin),
                has ? (float)((line.Left - minLeft) / pageWidth) : -1, has ? (float)((line.Right - minLeft) / pageWidth) : -1,
                has ? (float)((line.Right - line.Left) / pageWidth) : -1,
                has ? (float)((line.Left - colLeft) / colWidth) : -1, has ? (float)((line.Right - line.Left) / colWidth) : -1,
                has ? (float)((line.ColumnRight - line.Right) / Math.Max(1, line.FontSize)) : -1,
                has && pageBottom.TryGetValue(line.Page, out var bottom) ? (float)(line.Top / Math.Max(1, bottom)) : -1, line.Page,
                (float)i / lines.Count, text.Length, tokens, (float)text.Count(char.IsDigit) / Math.Max(1, text.Length),
                (float)text.Count(char.IsUpper) / Math.Max(1, letters),
                F(FirstLetter(text) is { } c1 && char.IsUpper(c1)), F(FirstLetter(text) is { } c2 && char.IsLower(c2)),
                F(text.TrimEnd().EndsWith('.')), F(text.TrimEnd().EndsWith(':')), text.Count(c => c == ','), text.Count(c => c == '|'),
                F(text.Contains(" — ", StringComparison.Ordinal) || text.Contains(" – ", StringComparison.Ordinal) || text.Contains(" - ", StringComparison.Ordinal)),
                F(text.Contains(" at ", StringComparison.Ordinal)),
                F(date is not null), F(date is { IsRange: true }), F(date is { Current: true }), F(date is { } d1 && DateParser.IsOnlyDate(text, d1)),
                date is { } d2 ? (float)d2.Length / Math.Max(1, text.Length) : 0,
                F(line.Segments.Count > 1 && DateParser.Find(last) is { } d3 && DateParser.IsOnlyDate(last, d3)),
                F(line.Segments.Count > 1 && DateParser.Find(first) is { } d4 && DateParser.IsOnlyDate(first, d4)),
                F(ContactParser.Email().IsMatch(text)), F(ContactParser.FindPhone(text) is not null), F(ContactParser.Url().IsMatch(text)),
                F(line.Segments.Any(s => ContactParser.IsContactPiece(s.Text))),
                F(heading is { Exact: true }), F(heading is { Exact: false }), F(ActionVerbs.StartsWithOne(text)),
                (float)RoleWords.TitleScore(text), Places.Score(text),
                F(text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && Places.IsLegalForm(words[^1].Trim(',', '.'))),
                (float)styleChars[StyleKey(line)] / totalChars,
                has ? (float)leftCounts[Math.Round(line.Left)] / lines.Count : -1,
                Distance(headingWord, i, -1, 20), Distance(dated, i, -1, 10), Distance(dated, i, +1, 10), Distance(bulleted, i, +1, 10),
                (float)datedStyles.GetValueOrDefault(StyleKey(line)) / datedCount,
            ];
            neighbour[i] = NeighbourIndex.Select(k => k < 0 ? 0 : own[i][k]).ToArray();
        }
        var result = new float[lines.Count][];
        for (var i = 0; i < lines.Count; i++)
        {
            result[i] = [.. own[i], .. Around(i - 1), .. Around(i + 1), .. Around(i - 2), .. Around(i + 2)];
        }
        return result;

        float[] Around(int k)
        {
            if (k < 0 || k >= lines.Count)
            {
                return Enumerable.Repeat(-2f, NeighbourNames.Length).ToArray();
            }
            var copy = (float[])neighbour[k].Clone();
            copy[Array.IndexOf(NeighbourNames, "left_delta")] = (float)(lines[k].HasGeometry ? (lines[k].Left - minLeft) / pageWidth : lines[k].Indent);
            return copy;
        }
    }

    private static string StyleKey(TextLine l) =>
        $"{Math.Round(l.FontSize * 2) / 2}|{l.Bold}|{SectionSplitter.IsAllCaps(l.Text)}|{l.HeadingLevel}|{l.Bullet}";

    private static char? FirstLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return c;
            }
        }
        return null;
    }

    private static float F(bool b) => b ? 1 : 0;

    /// <summary>Lines to the nearest flagged line before (-1) or after (+1) this one, capped.</summary>
    private static float Distance(bool[] flags, int i, int step, int cap)
    {
        for (var d = 1; d <= cap; d++)
        {
            var k = i + step * d;
            if (k < 0 || k >= flags.Length)
            {
                return cap + 1;
            }
            if (flags[k])
            {
                return d;
            }
        }
        return cap + 1;
    }

    /// <summary>The size most characters are set in: what "larger" and "smaller" are measured against.</summary>
    private static double BodySize(IReadOnlyList<TextLine> lines)
    {
        var weights = new Dictionary<double, int>();
        foreach (var l in lines.Where(l => l.HasGeometry))
        {
            var key = Math.Round(l.FontSize * 2) / 2;
            weights[key] = weights.GetValueOrDefault(key) + l.Text.Length;
        }
        return weights.Count == 0 ? 0 : weights.MaxBy(kv => kv.Value).Key;
    }
}
