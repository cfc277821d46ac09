namespace Resume.Parsing.Fields;

/// <summary>
/// "+ organised + precise + flexible", "Excel ► Word ► Access": a list typed on one line with a mark before each item.
/// A list glyph set off by spaces between words parts the items as a comma would, and so does a plus or an angle that
/// opens the text and comes back set off by spaces. Dashes and asterisks stay out: "Java - gut" rates a skill, a dash may
/// join a range, and "*" may stand for a footnote.
/// </summary>
internal static class InlineMarks
{
    /// <summary>The text with each inner list mark made a list separator ("•"), or the text as it was.</summary>
    public static string AsSeparators(string text)
    {
        var t = text.Trim();
        if (t.Length >= 3 && t[0] is '+' or '>' && char.IsWhiteSpace(t[1]) && t.Contains($" {t[0]} ", StringComparison.Ordinal))
        {
            t = "• " + t[2..].Replace($" {t[0]} ", " • ", StringComparison.Ordinal);
        }
        char[]? marked = null;
        for (var i = 1; i < t.Length - 1; i++)
        {
            if (t[i] != '•' && IsGlyph(t[i]) && char.IsWhiteSpace(t[i - 1]) && char.IsWhiteSpace(t[i + 1]))
            {
                marked ??= t.ToCharArray();
                marked[i] = '•';
            }
        }
        return marked is null ? t : new string(marked);
    }

    private static bool IsGlyph(char c) => c is not ('-' or '–' or '—' or '*') && Text.Bullets.IsBulletChar(c);
}
