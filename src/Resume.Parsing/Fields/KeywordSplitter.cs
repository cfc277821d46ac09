using System.Text;
using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>Splits a list of skills on commas, semicolons, bullets and pipes at the top level (not inside brackets),
/// keeping "CI/CD", "C++", "Node.js" and "ASP.NET Core" whole.</summary>
internal static partial class KeywordSplitter
{
    public static List<string> Split(string text)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        var depth = 0;
        foreach (var c in InlineMarks.AsSeparators(text))
        {
            if (c is '(' or '[')
            {
                depth++;
            }
            else if (c is ')' or ']')
            {
                depth = Math.Max(0, depth - 1);
            }
            if (depth == 0 && c is ',' or ';' or '|' or '•' or '·' or '▪' or '●' or '◦' or '∙' or '⋅')
            {
                Add();
                continue;
            }
            current.Append(c);
        }
        Add();
        // "Gute Kenntnisse in Creo, Inventor, …", "Connaissances en PHP, SQL": how much the person knows, said before the
        // first item of a list of names, rates the whole list and names no skill. An item alone, or a phrase parted by
        // commas ("Advanced knowledge in foodservice standards, including preparation"), is the skill itself.
        if (result.Count >= 2 && result.Skip(1).All(k => !char.IsLower(k[0]))
            && KnowledgeLead().Match(result[0]) is { Success: true } lead && lead.Length < result[0].Length)
        {
            result[0] = result[0][lead.Length..];
        }
        return result;

        void Add()
        {
            var item = current.ToString().Trim().TrimEnd('.').Trim();
            current.Clear();
            // "▸ PHP", "— Cuisine": a list mark left before an item is no part of it, and a mark alone is no item.
            while (item.Length > 0 && Text.Bullets.IsBulletChar(item[0]) && (item.Length == 1 || char.IsWhiteSpace(item[1])))
            {
                item = item[1..].TrimStart();
            }
            if (item.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                item = item[4..].Trim();
            }
            // "…, LabView, u.a.", "Java etc.": a word saying the list goes on names no skill.
            if (ListClosers.Closes(item))
            {
                return;
            }
            item = ListClosers.WithoutClosing(item);
            // "Jenkins (8 years)", "SQL (3+ yrs)": the time a skill was used, as job boards print it, is not its name.
            if (item.EndsWith(')') && YearsUsed().Match(item) is { Success: true } used && used.Index > 0)
            {
                item = item[..used.Index].TrimEnd();
            }
            // Prose is no item; notes in brackets may run long after a short name ("PHP (basic, for the fields of …)").
            if (item.Length > 0 && (item.Length <= 60 || item.Length <= 120 && item.IndexOf('(') is > 0 and <= 40 && item.EndsWith(')')))
            {
                result.Add(item);
            }
        }
    }

    /// <summary>
    /// "TIA Portal / Step 7 / WinCC" over "Jira / Scrum /": where most items of a group hold a slash set off by a space and
    /// some hold two or more, the slash is the list's separator, not the "or" of one item ("C / C++" among commas).
    /// </summary>
    public static List<string> SplitSlashLists(List<string> keywords)
    {
        var slashed = keywords.Count(k => SpacedSlash().Count(k) > 0);
        if (slashed * 2 < keywords.Count || !keywords.Any(k => SpacedSlash().Count(k.TrimEnd('/', ' ')) >= 2))
        {
            return keywords;
        }
        return keywords.SelectMany(k => SpacedSlash().Split(k)).Select(k => k.Trim()).Where(k => k.Length > 0).ToList();
    }

    [GeneratedRegex(@"\s+/\s*|\s*/\s+|\s*/$")]
    private static partial Regex SpacedSlash();

    /// <summary>
    /// "Kotlin - Gute Kenntnisse", "Java (Intermediate Level)", "Excel (erweiterte Grundkenntnisse)": a level set after a
    /// dash, or put in brackets as a level or as how much the person knows, rates the skill before it and is no part of its
    /// name. A bare word in brackets ("Docker (bases)") is left: it may as well say which part of the tool was used.
    /// </summary>
    internal static string WithoutLevel(string item)
    {
        var dash = DashTail().Match(item);
        if (dash.Success && dash.Index > 0 && (IsKnowledge(dash.Groups[1].Value) || IsLevelPhrase(dash.Groups[1].Value)
            || SimpleSections.IsLevelWord(dash.Groups[1].Value)))
        {
            return item[..dash.Index].TrimEnd();
        }
        var bracket = BracketTail().Match(item);
        if (bracket.Success && bracket.Index > 0 && (IsKnowledge(bracket.Groups[1].Value) || IsLevelPhrase(bracket.Groups[1].Value)))
        {
            return item[..bracket.Index].TrimEnd();
        }
        return item;
    }

    /// <summary>
    /// The items of one group without their levels. "MATLAB (Proficient)": a named level alone in brackets rates the
    /// skill. Where two items or more of the group are rated so, the group puts its ratings in brackets, and a short word
    /// in brackets after another of its items is its rating too ("Julia (Learning)" under "Python (Proficient)").
    /// </summary>
    internal static List<string> WithoutLevels(IEnumerable<string> items)
    {
        var list = items.Select(WithoutLevel).ToList();
        // A row of spoken languages keeps its levels: they are the languages' fluency, read when the row is moved there.
        if (list.Any(k => BracketTail().Match(k) is { Success: true } m && m.Index > 0 && HumanLanguages.IsName(k[..m.Index].Trim())))
        {
            return list;
        }
        list = WithoutTrailingLevels(list);
        var rated = list.Count(k => BracketTail().Match(k) is { Success: true } m && m.Index > 0 && SimpleSections.IsLevelWord(m.Groups[1].Value));
        return [.. list.Select(k => BracketTail().Match(k) is { Success: true } m && m.Index > 0
            && (SimpleSections.IsLevelWord(m.Groups[1].Value) || rated >= 2 && IsShortRating(m.Groups[1].Value)) ? k[..m.Index].TrimEnd() : k)];

        static bool IsShortRating(string text) => text.Trim().Count(c => c == ' ') <= 1 && text.All(c => char.IsLetter(c) || c is ' ' or '-');
    }

    /// <summary>
    /// "SQL intermedio, Java intermedio, Python avanzado": a group that rates its items by a bare level word after each
    /// (the way Spanish, Portuguese, French and Italian put the adjective after the noun) rates them, and the word is no
    /// part of the skill. Only where two items or more end so: one item ending on such a word may be named with it.
    /// </summary>
    private static List<string> WithoutTrailingLevels(List<string> list)
    {
        var rated = list.Count(k => TrailingLevel(k) is not null);
        return rated < 2 ? list : [.. list.Select(k => TrailingLevel(k) is { } cut ? k[..cut].TrimEnd() : k)];
    }

    /// <summary>Where the level word that ends an item starts, if one does after a skill's name.</summary>
    private static int? TrailingLevel(string item)
    {
        var space = item.TrimEnd().LastIndexOf(' ');
        return space > 0 && SimpleSections.IsStageLevel(item[(space + 1)..]) && !HumanLanguages.IsName(item[..space].Trim()) ? space : null;
    }

    /// <summary>"Grundkenntnisse", "gute Kenntnisse", "erweiterte Grundkenntnisse": how much the person knows.</summary>
    private static bool IsKnowledge(string text)
    {
        var t = text.Trim();
        return t.EndsWith("kenntnisse", StringComparison.OrdinalIgnoreCase) && t.Count(c => c == ' ') <= 2 && !t.Contains('-');
    }

    /// <summary>"Intermediate Level", "niveau avancé", "Basic-Level": a named level called a level.</summary>
    private static bool IsLevelPhrase(string text)
    {
        var m = LevelPhrase().Match(text.Trim());
        return m.Success && SimpleSections.IsLevelWord(m.Groups["w"].Value);
    }

    /// <summary>A word or two, then the word for knowledge or experience and the preposition that joins it to a skill,
    /// in the languages resumes are written in.</summary>
    [GeneratedRegex(@"^(?:\p{L}+\s+){0,2}(?:\p{L}*kenntnisse|knowledge|connaissances?|conhecimentos?|conocimientos?|conoscenz[ae]|experience|erfahrung|expérience|experiência|experiencia|esperienza)\s+(?:in|of|with|von|mit|im|en|de|des|du|em|com|di|con|on)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex KnowledgeLead();

    [GeneratedRegex(@"\s+[-–—]\s+([^-–—()]{2,40})$")]
    private static partial Regex DashTail();

    [GeneratedRegex(@"\s*\(([^()]{2,40})\)$")]
    private static partial Regex BracketTail();

    [GeneratedRegex(@"^(?:(?<w>[\p{L} ]+?)[\s-]+(?:level|niveau|nivel|livello)|(?:level|niveau|nivel|livello)\s+(?<w>[\p{L} ]+))$", RegexOptions.IgnoreCase)]
    private static partial Regex LevelPhrase();

    public static bool HasSeparators(string text) => InlineMarks.AsSeparators(text).IndexOfAny([',', ';', '|', '•', '·', '▪']) >= 0;

    [GeneratedRegex(@"\s*\(\s*(?:\d+(?:\.\d+)?\+?|less than (?:a|one)|<\s*1|over \d+)\s*(?:years?|yrs?\.?|months?|mos?\.?)(?: of experience)?\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearsUsed();
}
