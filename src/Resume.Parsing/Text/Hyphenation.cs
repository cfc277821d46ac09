namespace Resume.Parsing.Text;

/// <summary>
/// A word broken at the end of a line: the hyphen a typesetter put in ("Engineer-" / "ing", "implemen-" / "tation")
/// goes, one that belongs to the word ("self-" / "service") stays. A typesetter breaks between syllables, so the part
/// carried over starts with a suffix; the second half of a compound is a word of its own.
/// </summary>
internal static class Hyphenation
{
    private static readonly string[] Suffixes =
    [
        "ing", "tion", "sion", "ation", "tation", "ated", "ating", "ator", "ment", "ness", "ity", "ities", "ance", "ence", "able", "ably", "ible", "ical", "ally", "ers",
        "ised", "ized", "ise", "ize", "ous", "ive", "ist", "ism", "ogy", "ular", "ure", "ary", "ory", "ial", "ian",
    ];

    /// <summary>Whether the hyphen ending <paramref name="before"/> was added where the line broke.</summary>
    public static bool IsBreak(string before, string after)
    {
        if (before.Length < 3 || before[^1] != '-' || !char.IsLower(before[^2]) || after.Length < 3 || !char.IsLower(after[0]))
        {
            return false;
        }
        var end = 0;
        while (end < after.Length && char.IsLetter(after[end]))
        {
            end++;
        }
        var fragment = after[..end];
        foreach (var suffix in Suffixes)
        {
            if (fragment.StartsWith(suffix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The two pieces as one text: a line-break hyphen dropped, a word's own hyphen kept, otherwise a space.</summary>
    public static string Join(string before, string after)
    {
        if (IsBreak(before, after))
        {
            return before[..^1] + after;
        }
        return before.Length > 1 && before[^1] == '-' && char.IsLetter(before[^2]) ? before + after : before + " " + after;
    }
}
