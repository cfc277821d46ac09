using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using ModelWork = Resume.Model.Work;

namespace Resume.Parsing.Fields;

/// <summary>
/// Jobs set as a table under a header row that names its columns ("Employer | Role | Dates", "Company | Position |
/// Period"): each row is a post, read by its column rather than by the typography of a line. HTML and Word CVs of every
/// field set their history so. A row whose employer cell is left blank is another post at the employer above; a role
/// cell that runs on after a colon ("Director: Practice leader, …") holds the title and then what the post was about.
/// </summary>
internal static partial class WorkTable
{
    public static bool TryRead(IReadOnlyList<TextLine> lines, out List<ModelWork> jobs)
    {
        jobs = [];
        if (!TableReader.TryRead(lines, out var rows) || rows.Count == 0
            || !rows[0].Keys.Any(k => HasWord(k, EmployerWords)) || !rows[0].Keys.Any(k => HasWord(k, RoleWords)))
        {
            return false;
        }
        string? employer = null;
        foreach (var row in rows.Where(r => !RepeatsHeader(r)))
        {
            employer = Cell(row, EmployerWords) ?? employer;
            var role = Cell(row, RoleWords);
            var dates = Cell(row, DateWords) is { } d ? DateParser.Find(d) : null;
            if (role is null && dates is null)
            {
                continue;
            }
            var (position, summary) = TitleThenAccount(role);
            jobs.Add(new ModelWork
            {
                Name = employer,
                Position = position,
                Summary = summary,
                StartDate = dates?.Start,
                EndDate = dates?.EntryEnd,
            });
        }
        return jobs.Count > 0;
    }

    private static readonly string[] EmployerWords = ["employer", "company", "organisation", "organization"];
    private static readonly string[] RoleWords = ["role", "position", "title"];
    private static readonly string[] DateWords = ["dates", "date", "period", "years", "year"];

    /// <summary>The first non-blank cell of a column whose header holds one of the words.</summary>
    private static string? Cell(Dictionary<string, string> row, string[] words) =>
        row.Where(c => HasWord(c.Key, words)).Select(c => c.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    /// <summary>The header names the column in English words, or as a form labels that field in any language the labels are
    /// read in ("Empresa", "Arbeitgeber", "Cargo", "Zeitraum").</summary>
    private static bool HasWord(string header, string[] words) =>
        TableReader.Words(header).Any(w => words.Contains(w, StringComparer.OrdinalIgnoreCase)) || FieldLabels.Of(header) == RoleOf(words);

    private static FieldLabels.Role RoleOf(string[] words) =>
        words == EmployerWords ? FieldLabels.Role.Employer : words == RoleWords ? FieldLabels.Role.Position : FieldLabels.Role.Dates;

    /// <summary>The header row set again where the table runs onto the next page: each cell says its own column's name.</summary>
    private static bool RepeatsHeader(Dictionary<string, string> row) =>
        row.Count(c => c.Value.Trim().Equals(c.Key, StringComparison.OrdinalIgnoreCase)) >= 2;

    /// <summary>"Director: Practice leader, including …": a short title before the colon, the account of the post after it.</summary>
    private static (string? Title, string? Account) TitleThenAccount(string? role)
    {
        if (role is null || TitleColon().Match(role) is not { Success: true } m)
        {
            return (role, null);
        }
        var title = role[..m.Index].Trim();
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6 ? (title, role[(m.Index + m.Length)..].Trim()) : (role, null);
    }

    [GeneratedRegex(@"(?<=\p{L}|\))\s*:\s+")]
    private static partial Regex TitleColon();
}
