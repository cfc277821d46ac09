namespace Resume.Parsing.Fields;

/// <summary>
/// "Institut de Chimie Analytique et Réactivité Moléculaire en", "Helga und Alois Bohnert Vermögens- und", "Public Policy
/// Center:": a name or title does not end on a word that needs another after it (a preposition, an article, "and"), nor
/// on a colon or an ampersand. A line that does was wrapped by its column, and the next line finishes it.
/// </summary>
internal static class OpenEnding
{
    /// <summary>Linking words of the languages resumes are written in that never close a name.</summary>
    /// <summary>Written in lower case, as they stand inside a name: "ON" closing "Toronto, ON" is a province.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "and", "of", "for", "the", "at", "in", "on", "to", "with",
        // German
        "und", "der", "die", "das", "des", "für", "von", "zu", "zur", "zum", "im", "am", "bei", "mit",
        // French
        "et", "de", "du", "des", "la", "le", "les", "en", "pour", "aux", "sur",
        // Spanish and Portuguese
        "y", "e", "del", "el", "los", "las", "para", "do", "da", "dos", "das", "em", "no", "na",
        // Italian
        "di", "della", "dello", "delle", "dei", "degli", "per", "il", "ed",
        // Dutch
        "en", "van", "het", "voor", "bij",
    };

    /// <summary>The text ends on a linking word or an ampersand (a colon or a comma may close a label or a field).</summary>
    public static bool EndsOnWord(string text)
    {
        var t = text.TrimEnd();
        var space = t.LastIndexOf(' ');
        return t.EndsWith('&') || space > 0 && Words.Contains(t[(space + 1)..]);
    }

    public static bool Ends(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        if (t[^1] is ':' or '&' or ',')
        {
            return true;
        }
        var space = t.LastIndexOf(' ');
        return space > 0 && Words.Contains(t[(space + 1)..]);
    }
}
