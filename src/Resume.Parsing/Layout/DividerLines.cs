namespace Resume.Parsing.Layout;

/// <summary>
/// A line typed of dots, ellipses, dashes or underscores across the page ("……………………", "________") divides the page the
/// way a drawn rule does: it says nothing, so it is no entry, item or heading. The line after it stands after a gap.
/// A rule typed on after a line's words ("Education________") underlines that line across the page: the words stay,
/// the rule goes.
/// </summary>
internal static class DividerLines
{
    public static IReadOnlyList<TextLine> Drop(IReadOnlyList<TextLine> lines)
    {
        foreach (var line in lines)
        {
            TrimTrailingRule(line);
        }
        if (!lines.Any(IsDivider))
        {
            return lines;
        }
        var kept = new List<TextLine>(lines.Count);
        var divided = false;
        foreach (var line in lines)
        {
            if (IsDivider(line))
            {
                divided = true;
                continue;
            }
            if (divided)
            {
                line.GapBefore = true;
                divided = false;
            }
            kept.Add(line);
        }
        return kept;
    }

    /// <summary>"Work Experience_______": a run of at least four underscores, equals signs or box rules closing a line
    /// that has words before it.</summary>
    private static void TrimTrailingRule(TextLine line)
    {
        if (line.Segments.Count == 0)
        {
            return;
        }
        var last = line.Segments[^1].Text;
        var end = last.TrimEnd();
        var start = end.Length;
        while (start > 0 && end[start - 1] is '_' or '=' or '─' or '━' or '═')
        {
            start--;
        }
        if (end.Length - start < 4)
        {
            return;
        }
        var kept = end[..start].TrimEnd();
        if (kept.Length == 0 && line.Segments.Count == 1 || !line.Text[..^(last.Length - kept.Length)].Any(char.IsLetter))
        {
            return; // a rule alone, or after no words, is a divider line
        }
        var segments = line.Segments.ToList();
        if (kept.Length == 0)
        {
            segments.RemoveAt(segments.Count - 1);
        }
        else
        {
            segments[^1] = segments[^1] with { Text = kept };
        }
        line.Segments = segments;
        line.ResetText();
    }

    /// <summary>At least three rule characters and nothing else but spaces.</summary>
    public static bool IsDivider(TextLine line)
    {
        var marks = 0;
        foreach (var c in line.Text)
        {
            if (c is '.' or '…' or '-' or '–' or '—' or '_' or '=' or '~' or '*' or '·' or '─' or '━' or '═')
            {
                marks += c == '…' ? 3 : 1;
            }
            else if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return marks >= 3;
    }
}
