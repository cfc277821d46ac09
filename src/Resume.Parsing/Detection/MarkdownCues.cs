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
        return score >= 4;
    }

    [GeneratedRegex(@"^#{1,6}[ \t]+\S", RegexOptions.Multiline)]
    private static partial Regex AtxHeading();

    [GeneratedRegex(@"\[[^\]\n]+\]\([^)\s]+\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"\*\*[^*\n]+\*\*|__[^_\n]+__")]
    private static partial Regex Emphasis();
}
