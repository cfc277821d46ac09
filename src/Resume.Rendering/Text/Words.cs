using System.Text;

namespace Resume.Rendering.Text;

internal static class Words
{
    private static readonly HashSet<string> Acronyms = new(StringComparer.OrdinalIgnoreCase) { "ats", "api", "cv", "pdf", "docx", "url", "sql" };

    /// <summary>A program's key (<c>ats-format</c>, <c>keywordMatch</c>) as a label people read ("ATS format", "Keyword match").</summary>
    public static string Label(string key)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        for (var i = 0; i < key.Length; i++)
        {
            var c = key[i];
            var boundary = c is '-' or '_' or ' ' or '.';
            if (boundary || (char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1])))
            {
                Flush();
            }
            if (!boundary)
            {
                word.Append(c);
            }
        }
        Flush();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            words[i] = Acronyms.Contains(w) ? w.ToUpperInvariant()
                : i == 0 ? char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()
                : w.ToLowerInvariant();
        }
        return string.Join(' ', words);

        void Flush()
        {
            if (word.Length > 0)
            {
                words.Add(word.ToString());
                word.Clear();
            }
        }
    }

    /// <summary>"1 check", "3 checks".</summary>
    public static string Count(int n, string one, string many) => $"{n:N0} {(n == 1 ? one : many)}";
}
