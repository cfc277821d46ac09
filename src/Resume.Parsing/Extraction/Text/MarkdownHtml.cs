using System.Text;
using System.Text.RegularExpressions;

namespace Resume.Parsing.Extraction.Text;

/// <summary>
/// HTML written inside Markdown, read as the lines a browser shows: headings stay headings (<c>&lt;h2&gt;</c> becomes
/// <c>## </c>), list items bullets, bold <c>**</c>, links Markdown links, block elements and <c>&lt;br&gt;</c> line
/// breaks, table cells segments; every other tag is dropped and its text kept.
/// </summary>
internal static partial class MarkdownHtml
{
    public static string ToMarkdown(string text)
    {
        if (!Tag().IsMatch(text))
        {
            return text;
        }
        text = Unindented(text);
        text = Hidden().Replace(text, "");
        text = AutoLink().Replace(text, "$1");
        text = EmptyElement().Replace(text, "");
        text = Heading().Replace(text, m =>
            $"\n\n{new string('#', m.Groups[1].Value[0] - '0')} {Flat(m.Groups[2].Value)}\n\n");
        text = Anchor().Replace(text, m => Link(m.Groups[1].Value, Flat(m.Groups[2].Value)));
        text = Image().Replace(text, "");
        text = Break().Replace(text, m => m.Groups[1].Success ? m.Groups[1].Value : "\n");
        text = ListItem().Replace(text, "\n- ");
        text = Cell().Replace(text, "   ");
        text = Block().Replace(text, "\n");
        text = Strong().Replace(text, "**");
        text = Tag().Replace(text, "");
        return BlankRuns().Replace(text, "\n\n");
    }

    /// <summary>Indentation inside HTML is only the author's nesting; left on the line it would read as a code block or a
    /// nested bullet.</summary>
    private static string Unindented(string text)
    {
        var lines = text.Split('\n');
        var inHtml = false;
        var sb = new StringBuilder(text.Length);
        foreach (var line in lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('<') && trimmed.Length > 1 && (char.IsLetter(trimmed[1]) || trimmed[1] == '/'))
            {
                inHtml = true;
            }
            else if (trimmed.Length == 0)
            {
                inHtml = false;
            }
            sb.Append(inHtml ? trimmed : line).Append('\n');
        }
        return sb.ToString(0, Math.Max(0, sb.Length - 1));
    }

    /// <summary>
    /// Untrusted text: an element opened and never closed would send a backtracking search for its end to the end of the
    /// text from every opening, quadratic in the file. Patterns that span elements run on the linear engine instead, and
    /// an attribute list stops at the next angle bracket.
    /// </summary>
    private const RegexOptions Linear = RegexOptions.NonBacktracking;

    private static string Flat(string inner) => Whitespace().Replace(Tag().Replace(inner, ""), " ").Trim();

    private static string Link(string href, string label)
    {
        if (label.Length == 0)
        {
            return "";
        }
        // A relative or in-page address names nothing a reader could follow; the label is all the page shows.
        return href.Contains(':', StringComparison.Ordinal) && !href.StartsWith('{') ? $"[{label}]({href})" : label;
    }

    [GeneratedRegex(@"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<script\b[^<>]*>.*?</script\s*>|<style\b[^<>]*>.*?</style\s*>|<svg\b[^<>]*>.*?</svg\s*>|<iframe\b[^<>]*>.*?</iframe\s*>", Linear | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    /// <summary>Markdown autolinks (<c>&lt;jane@example.org&gt;</c>, <c>&lt;https://…&gt;</c>) keep their text.</summary>
    [GeneratedRegex(@"<((?:https?|ftp|mailto):[^<>\s]+|[^<>\s@]+@[^<>\s@]+\.[A-Za-z]{2,})>")]
    private static partial Regex AutoLink();

    /// <summary>An icon element (<c>&lt;i class="fa fa-envelope"&gt;&lt;/i&gt;</c>) shows no text.</summary>
    [GeneratedRegex(@"<(i|span|em|div|p|a)\b[^<>]*>\s*</\1\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex EmptyElement();

    [GeneratedRegex(@"<h([1-6])\b[^<>]*>(.*?)</h[1-6]\s*>", Linear | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Heading();

    [GeneratedRegex(@"<a\b[^<>]*?\bhref\s*=\s*[""']([^""'<>]*)[""'][^<>]*>(.*?)</a\s*>", Linear | RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Anchor();

    [GeneratedRegex(@"<img\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    /// <summary>A break that already ends its source line adds nothing; inside a line it starts a new one.</summary>
    [GeneratedRegex(@"<br\s*/?>([ \t]*\n)?", RegexOptions.IgnoreCase)]
    private static partial Regex Break();

    [GeneratedRegex(@"[ \t]*<li\b[^<>]*>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"[ \t]*<t[dh]\b[^<>]*>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex Cell();

    [GeneratedRegex(@"[ \t]*</?(?:p|div|section|header|footer|article|aside|main|nav|ul|ol|li|dl|dt|dd|table|thead|tbody|tfoot|tr|blockquote|center|figure|figcaption|details|summary|hr|address|pre)\b[^<>]*>[ \t]*", RegexOptions.IgnoreCase)]
    private static partial Regex Block();

    [GeneratedRegex(@"</?(?:strong|b)\b[^<>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Strong();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\n[ \t]*(?:\n[ \t]*){2,}")]
    private static partial Regex BlankRuns();
}
