namespace Resume.Parsing.Fields;

/// <summary>
/// "…, LabView, u.a.", "Python, SQL, etc.", "Excel, Word e outros": words that close a list by saying there is more,
/// in the languages resumes are written in. They name no item; a skill list keeps what stands before them.
/// </summary>
internal static class ListClosers
{
    /// <summary>Written without their closing dots and in lower case.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "etc", "etc..", "and more", "and others", "among others", "and so on", "...", "…",
        // German
        "u.a", "usw", "u.v.m", "uvm", "und mehr", "und andere", "und vieles mehr",
        // French
        "et autres", "entre autres", "et plus",
        // Spanish and Portuguese
        "entre otros", "entre otras", "y otros", "y más", "entre outros", "entre outras", "e outros", "e mais",
        // Italian
        "ecc", "e altri", "e altro", "tra gli altri",
        // Dutch
        "o.a", "e.a", "enz", "en meer",
        // Nordic
        "m.m", "mm", "osv", "m.fl",
        // Polish
        "itd", "itp", "i inne",
    };

    /// <summary>The item says only that the list goes on. In capitals it is a name ("ECC" is SAP's, not "eccetera").</summary>
    public static bool Closes(string item)
    {
        var text = item.Trim().TrimEnd('.').Trim();
        return !(text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper)) && Words.Contains(text.ToLowerInvariant());
    }

    /// <summary>"Java etc.", "Word e outros": the item less the closing words its writer put after its last name.</summary>
    public static string WithoutClosing(string item)
    {
        var text = item.Trim().TrimEnd('.').TrimEnd();
        var space = text.Length;
        for (var words = 0; words < 3 && (space = text.LastIndexOf(' ', space - 1)) > 0; words++)
        {
            if (text[(space + 1)..] is var tail && !tail.Any(char.IsUpper) && Closes(tail))
            {
                return text[..space].TrimEnd();
            }
        }
        return item;
    }
}
