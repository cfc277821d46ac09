using System.Text.RegularExpressions;

namespace Resume.Parsing.Detection;

/// <summary>Tells Markdown from plain text by the marks Markdown writers use.</summary>
internal static partial class MarkdownCues
{
    public static bool LooksLikeMarkdown(string text)
    {
        var score = 0;
        score += 3 * AtxHeading().Count(text);
        score += 2 * Link().Count(text);
        score += Emphasis().Count(text);
        // Site generators' pages open with front matter, and pages mix in HTML elements; a plain-text resume carries
        // neither (underlined headings are common to both, so they decide nothing).
        score += FrontMatter().IsMatch(text) ? 4 : 0;
        score += HtmlElement().Count(text);
        return score >= 4;
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\A\uFEFF?\s*(?:---|\+\+\+)[ \t]*\n[\w-]+[ \t]*[:=]")]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"</?(?:div|p|h[1-6]|br|span|section|strong|img|a|ul|li|table|td)\b[^<>\n]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlElement();

    // Bounded like the reader's own link pattern: brackets that never close must cost a line's length, not its square.
    [GeneratedRegex(@"\[[^\[\]\n]{1,400}\]\([^()\s]{1,2000}\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*|__[^_\n]+__")]
    private static partial Regex Emphasis();
}
