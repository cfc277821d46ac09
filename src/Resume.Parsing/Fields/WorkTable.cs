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

    /// <summary>A column a jobs table may have: the English words its header may hold, and the field a form's label names.</summary>
    private sealed record Column(string[] Words, FieldLabels.Role Role);

    private static readonly Column EmployerWords = new(["employer", "company", "organisation", "organization"], FieldLabels.Role.Employer);
    private static readonly Column RoleWords = new(["role", "position", "title"], FieldLabels.Role.Position);
    private static readonly Column DateWords = new(["dates", "date", "period", "years", "year"], FieldLabels.Role.Dates);

    /// <summary>The first non-blank cell of the column.</summary>
    private static string? Cell(Dictionary<string, string> row, Column column) =>
        row.Where(c => HasWord(c.Key, column)).Select(c => c.Value.Trim()).FirstOrDefault(v => v.Length > 0);

    /// <summary>The header names the column in English words, or as a form labels that field in any language the labels are
    /// read in ("Empresa", "Arbeitgeber", "Cargo", "Zeitraum").</summary>
    private static bool HasWord(string header, Column column) =>
        TableReader.Words(header).Any(w => column.Words.Contains(w, StringComparer.OrdinalIgnoreCase)) || FieldLabels.Of(header) == column.Role;

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
