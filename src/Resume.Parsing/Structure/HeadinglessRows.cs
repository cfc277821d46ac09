using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// A tabular CV with no section headings at all (a German "tabellarischer Lebenslauf" set as a bare table): rows that
/// open with a date range, one after another under the name and contact lines. With no heading to say which rows are
/// jobs and which are schooling, each row says it itself: a row naming a degree, or a school where no job title is
/// held, is education; any other dated row is work.
/// </summary>
internal static class HeadinglessRows
{
    /// <summary>Fewer dated rows than this are dates in a header (a birth date, "available from"), not a table.</summary>
    private const int MinRows = 3;

    /// <summary>The header cut where the first dated row starts, and the rows grouped into work and education
    /// sections in their order; null when the lines hold no such table.</summary>
    public static DocumentSections? Split(List<TextLine> lines)
    {
        var starts = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (OpensWithRange(lines[i].Text))
            {
                starts.Add(i);
            }
        }
        if (starts.Count < MinRows)
        {
            return null;
        }
        var header = lines.Take(starts[0]).ToList();
        var sections = new List<Section>();
        for (var r = 0; r < starts.Count; r++)
        {
            var end = r + 1 < starts.Count ? starts[r + 1] : lines.Count;
            var row = lines.Skip(starts[r]).Take(end - starts[r]).ToList();
            var kind = IsSchooling(row) ? SectionKinds.Education : SectionKinds.Work;
            if (sections.Count == 0 || sections[^1].Kind != kind)
            {
                sections.Add(new Section(kind, "", [], false));
            }
            sections[^1].Lines.AddRange(row);
        }
        return new DocumentSections(header, sections);
    }

    /// <summary>The kind of a section's lines that are all dated entries, each opening with its date range (at least
    /// three): work when most of their lines are jobs, education when most are schooling; null when the lines are no such
    /// entries.</summary>
    public static string? KindOfEntries(List<TextLine> lines)
    {
        if (Split(lines) is not { Sections.Count: > 0, Header.Count: 0 } entries)
        {
            return null;
        }
        var schooling = entries.Sections.Where(s => s.Kind == SectionKinds.Education).Sum(s => s.Lines.Count);
        var jobs = entries.Sections.Where(s => s.Kind == SectionKinds.Work).Sum(s => s.Lines.Count);
        return schooling > jobs ? SectionKinds.Education : SectionKinds.Work;
    }

    /// <summary>A line that opens with a date range and goes on with what happened then ("08/2015 – 07/2018
    /// Ausbildung …"): the table's row. A range alone on its line dates the title above it, as any resume's does.</summary>
    internal static bool OpensWithRange(string text) =>
        DateParser.Find(text) is { IsRange: true, Start: not null, Index: var at } range && text[..at].Trim().Length == 0
        && DateParser.Remove(text, range).Trim(' ', '‖', '|', '-', '–', ':').Length > 0;

    private static bool IsSchooling(List<TextLine> row)
    {
        var texts = row.Select(l => Stripped(l.Text)).Where(t => t.Length > 0).ToList();
        if (texts.Any(EducationParser.NamesDegreeOutsideEducation))
        {
            return true;
        }
        return texts.Any(EducationParser.IsInstitution) && !texts.Any(t => RoleWords.TitleScore(t) > 0.5);
    }

    /// <summary>The row's text without its dates and the "Abschluss:" label a school row gives its qualification.</summary>
    private static string Stripped(string text)
    {
        if (DateParser.Find(text) is { } range)
        {
            text = DateParser.Remove(text, range);
        }
        text = text.Trim();
        var colon = text.IndexOf(':');
        return colon > 0 && colon < 20 ? text[(colon + 1)..].Trim() : text;
    }
}
