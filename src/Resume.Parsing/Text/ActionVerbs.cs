using System.Collections.Frozen;

namespace Resume.Parsing.Text;

/// <summary>
/// List items on resumes open with an action verb ("Led", "Built", "Reduced"); a wrapped line rarely does. Used to tell a
/// new item from the rest of the one above when the layout gives no other sign.
/// </summary>
internal static class ActionVerbs
{
    private static readonly FrozenSet<string> Irregular = new[]
    {
        "led", "built", "ran", "set", "cut", "wrote", "rewrote", "taught", "won", "made", "grew", "drove", "brought", "kept",
        "held", "sold", "spoke", "gave", "took", "began", "became", "oversaw", "undertook", "overtook", "found", "met",
        "lead", "build", "run", "write", "teach", "win", "make", "grow", "drive", "bring", "keep", "hold", "sell", "give",
        "take", "oversee", "design", "develop", "manage", "own", "create", "implement", "deliver", "maintain", "support",
        "mentor", "coach", "ship", "launch", "migrate", "automate", "reduce", "improve", "increase", "optimize",
        "optimise", "architect", "drive", "collaborate", "partner", "coordinate", "organize", "organise", "plan",
        "prepare", "present", "publish", "research", "analyze", "analyse", "test", "review", "train", "help", "assist",
        "handle", "operate", "monitor", "define", "establish", "introduce", "refactor", "rebuild", "scale", "secure",
        "streamline", "spearhead", "championed", "co-led", "co-founded", "fine-tuned", "re-architected",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static bool StartsWithOne(string text)
    {
        var end = 0;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] == '-'))
        {
            end++;
        }
        if (end < 2 || !char.IsUpper(text[0]))
        {
            return false;
        }
        var word = text[..end];
        if (word.Skip(1).Any(char.IsUpper))
        {
            return false; // "AWS", "GraphQL": names, not verbs
        }
        if (Irregular.Contains(word))
        {
            return true;
        }
        return word.Length >= 5 && (word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal)
            && !word.EndsWith("ring", StringComparison.Ordinal) || word.EndsWith("izes", StringComparison.Ordinal));
    }

    private static readonly FrozenSet<string> FunctionWords = new[]
    {
        "and", "or", "in", "of", "to", "the", "a", "an", "for", "with", "by", "from", "on", "at", "across", "into", "via",
        "over", "under", "using", "per", "as", "than", "while", "through", "within", "without", "between", "its", "their",
        "our", "his", "her", "&",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The text stops on a word that cannot end a phrase ("… in Excel and"), or on a comma.</summary>
    public static bool EndsMidPhrase(string text)
    {
        var t = text.TrimEnd();
        if (t.Length == 0)
        {
            return false;
        }
        if (t[^1] is ',' or '/' or '(' or ':')
        {
            return true;
        }
        var space = t.LastIndexOf(' ');
        return FunctionWords.Contains(t[(space + 1)..]);
    }
}
