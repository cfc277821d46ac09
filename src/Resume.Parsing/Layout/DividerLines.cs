namespace Resume.Parsing.Layout;

/// <summary>
/// A line typed of dots, ellipses, dashes or underscores across the page ("……………………", "________") divides the page the
/// way a drawn rule does: it says nothing, so it is no entry, item or heading. The line after it stands after a gap.
/// </summary>
internal static class DividerLines
{
    public static IReadOnlyList<TextLine> Drop(IReadOnlyList<TextLine> lines)
    {
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
