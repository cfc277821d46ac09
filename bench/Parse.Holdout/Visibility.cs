using System.Globalization;
using System.Text;

namespace Parse.Holdout;

/// <summary>Which truth fields a rendered PDF does not show (a theme that leaves out certificates, moderncv writing a
/// profile as an icon): those go into meta.json's "unscored", as in the development set.</summary>
internal static class Visibility
{
    public static List<string> Unscored(Resume r, string pdf)
    {
        var (_, text) = Tools.Run("pdftotext", ["-enc", "UTF-8", pdf, "-"]);
        var (_, urls) = Tools.Run("pdfinfo", ["-url", pdf]);
        return Unscored(r, text, urls);
    }

    /// <param name="text">The text a reader sees in the file.</param>
    /// <param name="urls">The addresses its links point to.</param>
    public static List<string> Unscored(Resume r, string text, string urls)
    {
        var shown = Compact(text);
        var linked = Compact(urls);
        bool Shows(string? s) => s is not null && Compact(s) is { Length: > 0 } c && shown.Contains(c, StringComparison.Ordinal);
        bool Links(string? s) => s is not null && Compact(Style.NoScheme(s)) is { Length: > 0 } c && linked.Contains(c, StringComparison.Ordinal);

        var list = new List<string>();
        var b = r.Basics;
        if (b.Location is { } loc && !Shows(loc.City)) list.Add("basics.location.city");
        if (b.Url is { } url && !Shows(Style.NoScheme(url)) && !Links(url)) list.Add("basics.url");
        for (var i = 0; i < (b.Profiles?.Count ?? 0); i++)
        {
            var p = b.Profiles![i];
            // A handle counts only standing on its own: the same letters inside the e-mail address or the site's
            // name do not show the profile.
            if (!Shows(Style.NoScheme(p.Url)) && !Links(p.Url) && !StandsAlone(text, p.Username))
            {
                list.Add($"basics.profiles[{i}]");
            }
        }
        if (b.Summary is { } sum && !Shows(sum)) list.Add("sections.summary");
        for (var i = 0; i < (r.Work?.Count ?? 0); i++)
        {
            if (!Shows(r.Work![i].Name)) list.Add($"work[{i}]");
        }
        for (var i = 0; i < (r.Education?.Count ?? 0); i++)
        {
            var e = r.Education![i];
            if (!Shows(e.Institution)) list.Add($"education[{i}]");
            else if (!Shows(e.Area)) list.Add($"education[{i}].area");
        }
        if (r.Skills is { } skills)
        {
            if (!skills.SelectMany(s => s.Keywords).Any(Shows)) list.Add("sections.skills");
            else
            {
                for (var i = 0; i < skills.Count; i++)
                {
                    for (var j = 0; j < skills[i].Keywords.Count; j++)
                    {
                        if (!Shows(skills[i].Keywords[j])) list.Add($"skills[{i}].keywords[{j}]");
                    }
                }
            }
        }
        if (r.Certificates is { } certs)
        {
            if (!certs.Any(c => Shows(c.Name))) list.Add("sections.certificates");
            else
            {
                for (var i = 0; i < certs.Count; i++)
                {
                    if (!Shows(certs[i].Name)) list.Add($"certificates[{i}]");
                }
            }
        }
        Section("projects", r.Projects?.Select(p => p.Name));
        Section("languages", r.Languages?.Select(l => l.Name));
        Section("awards", r.Awards?.Select(a => a.Title));
        Section("volunteer", r.Volunteer?.Select(v => v.Organization));
        Section("publications", r.Publications?.Select(p => p.Name));
        Section("interests", r.Interests?.Select(x => x.Name));
        Section("references", r.References?.Select(x => x.Name));
        return list;

        void Section(string name, IEnumerable<string>? items)
        {
            if (items is not null && !items.Any(Shows))
            {
                list.Add($"sections.{name}");
            }
        }
    }

    private static bool StandsAlone(string text, string word) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, $@"(?<![\w@.\-]){System.Text.RegularExpressions.Regex.Escape(word)}(?![\w@.\-])",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>Letters and digits only, lower case, NFKC: what survives any theme's typography.</summary>
    public static string Compact(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var ch in s.Normalize(NormalizationForm.FormKC))
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (char.IsLetterOrDigit(ch) || cat == UnicodeCategory.OtherLetter)
            {
                sb.Append(char.ToLowerInvariant(ch));
            }
        }
        return sb.ToString();
    }
}
