using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>Lines that label a group of entries or a particular of one (a TeX sub-section, "Hours per week: 40"), not an entry.</summary>
internal static partial class EntryReader
{
    /// <summary>"Research" / "«2020 – Present ‖ Research Fellow, Halvorsen Marine Institute": where the dates stand in a
    /// margin column, each entry starts on the row that carries them, its title and employer beside them. An undated line
    /// right above such a row, set larger than it and starting where its text does, names a group of the section's
    /// entries (a TeX CV's sub-section); it is no employer or title of the entry under it.</summary>
    private static bool IsGroupLabel(IReadOnlyList<TextLine> lines, int k) =>
        k + 1 < lines.Count && DatedMarginRow(lines[k + 1]) && LabelOver(lines[k], lines[k + 1]);

    /// <summary>"Head of Operations" / "«2018 – 2020 ‖ Northwind Logistics GmbH", entry after entry: a sub-section's
    /// name heads a group of entries, so where every dated row of the section has such a line right above it, those
    /// lines are each entry's own title set apart, not names of groups.</summary>
    private static bool EveryDatedRowTitled(IReadOnlyList<TextLine> lines)
    {
        var rows = 0;
        for (var k = 0; k < lines.Count; k++)
        {
            if (!DatedMarginRow(lines[k]))
            {
                continue;
            }
            rows++;
            if (k == 0 || !LabelOver(lines[k - 1], lines[k]))
            {
                return false;
            }
        }
        // Two sub-sections of one entry each are as likely as two titles; three and more are a template's habit.
        return rows >= 3;
    }

    /// <summary>Where every dated row has its title over it, the lines over the row are the title, whole (a dash or an
    /// "in" inside it parts nothing), and the row's text beside the dates is the employer.</summary>
    private static void MarkTitleAbove(Entry entry)
    {
        var at = entry.Header.FindIndex(DatedMarginRow);
        if (at < 1 || at != entry.Header.Count - 1 || !LabelOver(entry.Header[at - 1], entry.Header[at])
            || entry.Header.Take(at).Any(l => l.Segments.Count != 1 || l.FontSize < entry.Header[at].FontSize + 0.75))
        {
            return;
        }
        var title = string.Join(' ', entry.Header.Take(at).Select(l => l.Text.Trim()));
        var parts = 0;
        var covered = "";
        while (parts < entry.Parts.Count && covered.Length < title.Length)
        {
            covered = (covered + " " + entry.Parts[parts++]).Trim();
        }
        if (covered == title && parts < entry.Parts.Count)
        {
            entry.TitleAbove = (title, parts);
        }
    }

    private static bool DatedMarginRow(TextLine line) => line.Segments.Count > 1 && line.Segments[0] is var dates
        && (dates.FromMargin || dates.Right > 0 && dates.Right < line.Segments[1].Left) && DateParser.Find(dates.Text) is not null;

    /// <summary>An undated line right above a dated row, set larger than it and starting where its text does.</summary>
    private static bool LabelOver(TextLine label, TextLine next) => label.HasGeometry && !label.Bullet && label.Segments.Count == 1
        && (next.Segments[0].FromMargin || next.Segments[0].Right > 0 && next.Segments[0].Right < label.Left)
        && label.FontSize >= next.FontSize + 0.75 && Math.Abs(label.Left - next.Segments[1].Left) <= 2
        && DateParser.Find(label.Text) is null && label.Page == next.Page;

    /// <summary>"Selected achievements:" right over the bullets it introduces: a short phrase closed by a colon labels the
    /// list under it, whatever its words; it names no employer or title.</summary>
    private static bool IsListLabel(IReadOnlyList<TextLine> lines, int k)
    {
        var text = lines[k].Text.Trim();
        return text.Length > 1 && text.EndsWith(':') && !lines[k].Bullet && k + 1 < lines.Count && lines[k + 1].Bullet
            && text.Count(c => c == ' ') < 6 && DateParser.Find(text) is null;
    }

    /// <summary>
    /// "Hours per week: 40" / "Salary: $82,000 per year" / "Supervisor: Dana Lee (555) 555-0100" / "Okay to contact:
    /// Yes": the particulars a form-like resume (a federal one, a job board's) gives under each job. A short label that
    /// names no field of an entry (not "Employer:", "Title:", "Dates:"), with one short value: a figure, an amount, a
    /// yes or no, or any value when the label comes back in the section's other entries. Such a line is neither an
    /// entry's title nor its employer, and no achievement; a labelled list ("Tools: Excel, SAP") is left alone.
    /// Null when no line of the section holds a colon.
    /// </summary>
    private static bool[]? Particulars(IReadOnlyList<TextLine> input)
    {
        bool[]? found = null;
        Dictionary<string, int>? seen = null;
        for (var k = 0; k < input.Count; k++)
        {
            if (ParticularLabel(input[k]) is { } label)
            {
                seen ??= new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                seen[label] = seen.GetValueOrDefault(label) + 1;
            }
        }
        if (seen is null)
        {
            return null;
        }
        for (var k = 0; k < input.Count; k++)
        {
            if (ParticularLabel(input[k]) is not { } label)
            {
                continue;
            }
            var text = input[k].Text.Trim();
            var value = text[(text.IndexOf(':') + 1)..].Trim();
            if (seen[label] >= 2 || value.Length > 0 && (char.IsDigit(value[0]) || value[0] is '$' or '€' or '£' or '(')
                || value.Equals("yes", StringComparison.OrdinalIgnoreCase) || value.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                found ??= new bool[input.Count];
                found[k] = true;
            }
        }
        return found;
    }

    private static string? ParticularLabel(TextLine line)
    {
        var text = line.Text;
        var colon = text.IndexOf(':');
        // "40 hours per week | Salary: $82,000 per year": particulars set on one line, split by bars; the pieces before
        // the labelled one are figures ("40 hours per week").
        var bar = colon > 0 ? text.LastIndexOf(" | ", colon, StringComparison.Ordinal) : -1;
        if (bar > 0)
        {
            if (line.Bullet || text[..bar].Split(" | ").Any(piece => piece.Trim() is not { Length: > 0 } p || !char.IsDigit(p[0])))
            {
                return null;
            }
            text = text[(bar + 3)..];
            colon = text.IndexOf(':');
        }
        if (line.Bullet || colon is < 2 or > 40 || text.Contains("://", StringComparison.Ordinal))
        {
            return null;
        }
        var label = text[..colon].Trim();
        var value = text[(colon + 1)..].Trim();
        if (value.Length == 0 || label.Count(c => c == ' ') > 4 || !label.All(c => char.IsLetter(c) || c is ' ' or '\'' or '’' or '/' or '-')
            || value.Count(c => c == ' ') > 7 || ListComma().IsMatch(value) || FieldLabels.Of(label) != FieldLabels.Role.None
            || BodyLabels.Contains(label + ":") || DateParser.Find(value) is not null)
        {
            return null;
        }
        return label;
    }

    /// <summary>", Word": a comma between words, as a list has; a figure's thousands ("82,000") is none.</summary>
    [GeneratedRegex(@",\s*\p{L}")]
    private static partial Regex ListComma();
}
