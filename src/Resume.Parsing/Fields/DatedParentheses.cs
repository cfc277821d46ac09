using System.Text.RegularExpressions;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// A header that puts the role and its dates in brackets after the employer, "Harbor Lane (Owner, 2021 - present)",
/// as hand-written Markdown and plain-text resumes do. Taken as it stands, the date is lifted out of the brackets and
/// leaves "Harbor Lane (Owner" as one piece; with the brackets read as the separators they are ("Harbor Lane, Owner,
/// 2021 - present") the line parts into employer, title and dates as any comma-separated header does.
/// </summary>
internal static partial class DatedParentheses
{
    public static void Open(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Bullet || line.Segments.Count == 0 || Opened(line.Segments[^1].Text) is not { } text)
            {
                continue;
            }
            line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), line.Segments[^1] with { Text = text }];
            line.ResetText();
        }
    }

    /// <summary>The cell's text with its closing brackets read as commas, or null when the brackets do not hold words
    /// before a date range, or a date set off by a comma, that closes them ("Engineer (2019 - 2021)" and "Kubernetes
    /// (CKA)" are left alone).</summary>
    internal static string? Opened(string cell)
    {
        if (Bracketed().Match(cell.Trim()) is not { Success: true } m)
        {
            return null;
        }
        var head = m.Groups["head"].Value.Trim();
        var inner = m.Groups["inner"].Value.Trim();
        if (head.Length == 0 || !head.Any(char.IsLetter) || DateParser.Find(head) is not null
            || DateParser.Find(inner) is not { } date || date.Index + date.Length < inner.TrimEnd().Length)
        {
            return null;
        }
        var before = inner[..date.Index].Trim();
        var words = before.TrimEnd(',', ';', '-', '–', '—').Trim();
        // A lone date after words with no separator is a remark on the title ("Koch (Festeinstellung ab 1.04.2014)"):
        // only a range, or a date set off by its comma, is the entry's own.
        // "ab", "since" before a lone date make it run on, yet it remarks as much as a bare date does: the range must
        // be written as one, two ends or a dash.
        var dates = inner[date.Index..].Trim();
        var setOff = words.Length < before.Length || date.End is not null || date.Current && dates.IndexOfAny(['-', '–', '—']) > 0;
        return setOff && words.Any(char.IsLetter) ? $"{head}, {words}, {dates}" : null;
    }

    // Bracket-free halves, each bounded: a line of untrusted text costs its length.
    [GeneratedRegex(@"^(?<head>[^()\n]{1,200})\((?<inner>[^()\n]{1,200})\)$")]
    private static partial Regex Bracketed();
}
