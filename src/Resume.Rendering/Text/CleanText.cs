using System.Text;

namespace Resume.Rendering.Text;

/// <summary>Text from a resume or a posting made safe to lay out: no control characters, collapsed spaces, bounded length.</summary>
internal static class CleanText
{
    public const string Ellipsis = "…";

    /// <summary>One line: every run of white space (line breaks too) becomes one space.</summary>
    public static string Line(string? text, int maxChars) => Clean(text, maxChars, keepLineBreaks: false);

    /// <summary>A paragraph that may keep its line breaks (a summary written in two parts).</summary>
    public static string Block(string? text, int maxChars) => Clean(text, maxChars, keepLineBreaks: true);

    private static string Clean(string? text, int maxChars, bool keepLineBreaks)
    {
        // Only a bounded prefix is looked at, so a megabyte of text costs what a long paragraph does.
        var window = maxChars * 4 + 64;
        if (text is not null && text.Length > window)
        {
            var cleaned = Collapse(text[..window], keepLineBreaks);
            return cleaned.Length > maxChars ? Clip(cleaned, maxChars) : cleaned.TrimEnd() + Ellipsis;
        }
        return Clip(Collapse(text, keepLineBreaks), maxChars);
    }

    public static bool IsClipped(string? original, string cleaned) =>
        cleaned.EndsWith(Ellipsis, StringComparison.Ordinal) && !(original ?? "").TrimEnd().EndsWith(Ellipsis, StringComparison.Ordinal);

    private static string Clip(string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }
        var cut = maxChars;
        if (char.IsLowSurrogate(text[cut]) && cut > 0)
        {
            cut--;
        }
        // End on a word when one ends near the limit, so the cut reads as deliberate.
        var space = text.LastIndexOf(' ', cut - 1, Math.Min(cut, 40));
        return text[..(space > 0 ? space : cut)].TrimEnd() + Ellipsis;
    }

    private static string Collapse(string? text, bool keepLineBreaks)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        var pendingBreak = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (keepLineBreaks && c is '\n' or '\r' or '\u2028' or '\u2029')
            {
                pendingBreak = builder.Length > 0;
                continue;
            }
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            // A lone surrogate or a non-character cannot be written to a PDF string or to XML; a proper pair passes.
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if ((char.IsSurrogate(c) && !pair) || c is '\uFFFE' or '\uFFFF')
            {
                continue;
            }
            if (pendingBreak)
            {
                builder.Append('\n');
            }
            else if (pendingSpace)
            {
                builder.Append(' ');
            }
            (pendingSpace, pendingBreak) = (false, false);
            builder.Append(c);
            if (pair)
            {
                builder.Append(text[++i]);
            }
        }
        return builder.ToString();
    }
}
