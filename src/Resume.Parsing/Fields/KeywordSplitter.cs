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
        foreach (var c in text)
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
        return result;

        void Add()
        {
            var item = current.ToString().Trim().TrimEnd('.').Trim();
            current.Clear();
            if (item.StartsWith("and ", StringComparison.OrdinalIgnoreCase))
            {
                item = item[4..].Trim();
            }
            // "Jenkins (8 years)", "SQL (3+ yrs)": the time a skill was used, as job boards print it, is not its name.
            if (item.EndsWith(')') && YearsUsed().Match(item) is { Success: true } used && used.Index > 0)
            {
                item = item[..used.Index].TrimEnd();
            }
            if (item.Length > 0 && item.Length <= 60)
            {
                result.Add(item);
            }
        }
    }

    public static bool HasSeparators(string text) => text.IndexOfAny([',', ';', '|', '•', '·', '▪']) >= 0;

    [GeneratedRegex(@"\s*\(\s*(?:\d+(?:\.\d+)?\+?|less than (?:a|one)|<\s*1|over \d+)\s*(?:years?|yrs?\.?|months?|mos?\.?)(?: of experience)?\s*\)$", RegexOptions.IgnoreCase)]
    private static partial Regex YearsUsed();
}
