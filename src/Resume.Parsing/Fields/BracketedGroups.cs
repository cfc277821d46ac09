using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// A skill written as a category with its items in brackets set right against it ("Database(MySQL)",
/// "Frontend(React, Vue)"): the category is a group's label and the bracketed names are its skills. A skill's own name
/// before its bracket ("React(Basic)", "python(numpy, pandas)") is a skill with a level or its libraries, and stays whole,
/// as does one with a space before the bracket ("Kubernetes (CKA)").
/// </summary>
internal static partial class BracketedGroups
{
    public static List<(string? Name, List<string> Keywords)> Unfold(List<(string? Name, List<string> Keywords)> groups)
    {
        if (!groups.Any(g => g.Keywords.Any(k => Category().IsMatch(k))))
        {
            return groups;
        }
        var result = new List<(string? Name, List<string> Keywords)>();
        foreach (var (name, keywords) in groups)
        {
            var kept = new List<string>();
            var unfolded = new List<(string? Name, List<string> Keywords)>();
            foreach (var keyword in keywords)
            {
                if (Category().Match(keyword) is { Success: true } m && IsCategory(m.Groups["label"].Value))
                {
                    var items = KeywordSplitter.Split(m.Groups["items"].Value);
                    if (items.Count > 0)
                    {
                        unfolded.Add((m.Groups["label"].Value.Trim(), items));
                        continue;
                    }
                }
                kept.Add(keyword);
            }
            if (kept.Count > 0)
            {
                result.Add((name, kept));
            }
            result.AddRange(unfolded);
        }
        return result;
    }

    private static readonly HashSet<string> CategoryWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "database", "databases", "db", "frontend", "front-end", "backend", "back-end", "cloud", "language", "languages",
        "framework", "frameworks", "tool", "tools", "library", "libraries", "platform", "platforms", "devops", "testing",
        "os", "systems", "web", "mobile", "office", "data", "control", "ide", "ides", "methodologies", "programming",
        "scripting", "networking", "security", "analytics", "visualization", "visualisation", "software", "hardware", "cms",
        "ml", "ai", "orm", "servers", "server", "containers", "ci/cd", "editors", "design",
    };

    private static bool IsCategory(string label) =>
        CategoryWords.Contains(label.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]);

    // The label: a word or a few, no space before the bracket; the items: names starting with a letter.
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\p{N}&/+#. -]{1,28}[\p{L}\p{N}])\((?<items>\p{L}[^()]+)\)$")]
    private static partial Regex Category();
}
