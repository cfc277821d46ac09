using System.Text.RegularExpressions;
using Resume.Model;
using Resume.Parsing.Fields;
using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>
/// A tabular CV's rows say their own kind, whatever the heading over them: one table often runs schooling and jobs under
/// one heading ("Schul- und Berufsbildung", "Werdegang", "Aktuell"), a row opening with its date range beside what
/// happened then. Under a schooling heading, a row that names an employer by its legal form ("GmbH", "AG", "Ltd") and
/// names neither a school nor a degree is a job (a title alone is no proof: "Web Development" names a course too);
/// under a jobs heading ("Beruflicher Werdegang", "Parcours professionnel"), a short row that names a school or a degree
/// and holds no job-title word is schooling ("09/2006 – 07/2013 Gymnasium am Markt"); under a heading the lexicon does
/// not know, rows that make up the whole section are jobs or schooling by their own words, as in a table with no
/// headings at all.
/// </summary>
internal static partial class RowKinds
{
    public static DocumentSections Apply(DocumentSections document)
    {
        List<Section>? rebuilt = null;
        for (var s = 0; s < document.Sections.Count; s++)
        {
            var section = document.Sections[s];
            var parts = section.Kind switch
            {
                SectionKinds.Education => JobsAmongSchooling(section),
                SectionKinds.Work => SchoolingAmongJobs(section),
                SectionKinds.Other when !section.KnownHeading => RowsOfUnknownHeading(section),
                _ => null,
            };
            if (parts is null && rebuilt is null)
            {
                continue;
            }
            rebuilt ??= [.. document.Sections.Take(s)];
            rebuilt.AddRange(parts ?? [section]);
        }
        return rebuilt is null ? document : new DocumentSections(document.Header, rebuilt);
    }

    private static List<Section>? JobsAmongSchooling(Section section)
    {
        if (Rows(section.Lines) is not { } rows || !rows.Rows.Any(IsJob))
        {
            return null;
        }
        return Regroup(section, rows.Lead, rows.Rows, row => IsJob(row) ? SectionKinds.Work : SectionKinds.Education);
    }

    private static List<Section>? SchoolingAmongJobs(Section section)
    {
        if (Rows(section.Lines) is not { } rows || !rows.Rows.Any(IsSchoolRow))
        {
            return null;
        }
        return Regroup(section, rows.Lead, rows.Rows, row => IsSchoolRow(row) ? SectionKinds.Education : SectionKinds.Work);
    }

    /// <summary>Under a jobs heading the heading is the evidence, so a row leaves it only on strong words of its own:
    /// a degree, a school below university or a course of study (a university alone is an employer as often: "Monitoria,
    /// Universidade Federal"), in a row of at most three lines with no bullets (a job's duties are what bullets hold),
    /// naming no business and holding no job-title word ("Research assistant, University of Kiel" stays a job).</summary>
    private static bool IsSchoolRow(List<TextLine> row)
    {
        const int MaxSchoolRowLines = 3;
        if (row.Count > MaxSchoolRowLines || row.Any(l => l.Bullet) || IsJob(row))
        {
            return false;
        }
        var texts = HeaderTexts(row);
        if (!texts.Any(t => EducationParser.NamesDegreeOutsideEducation(t) || SchoolOrStudyWord().IsMatch(t)))
        {
            return false;
        }
        return !texts.SelectMany(t => t.Split([' ', ',', '/', '(', ')', '-'], StringSplitOptions.RemoveEmptyEntries))
            .Any(RoleWords.IsTitleWord);
    }

    /// <summary>Schools below university and words for a course of study, in the languages of tabular CVs: what a row
    /// names when it is schooling and never when it is a job held without a title word.</summary>
    [GeneratedRegex(@"(?i)\b(?:grundschule|volksschule|hauptschule|realschule|gesamtschule|gymnasium|fachoberschule|berufsoberschule|berufsschule|berufsfachschule|oberschule|(?-i:FOS|BOS)|abitur|studium|studiengang|studienrichtung|ausbildungsrichtung|lycée|lycee|collège|high school|secondary school|grammar school|colegio|instituto de educación secundaria|liceo|scuola superiore|escola secundária|ensino médio|basisschool|middelbare school|études|estudios|studies)\b")]
    private static partial Regex SchoolOrStudyWord();

    private static List<Section>? RowsOfUnknownHeading(Section section)
    {
        // Lines before the first row would be a paragraph the heading stands over (a profile, a note): not a table.
        if (Rows(section.Lines) is not { Lead.Count: 0, Rows.Count: >= 2 } rows)
        {
            return null;
        }
        return Regroup(section, [], rows.Rows, row => IsSchooling(row) ? SectionKinds.Education : SectionKinds.Work);
    }

    /// <summary>The section's lines cut where each row opens with its date range; null when there are no such rows.</summary>
    private static (List<TextLine> Lead, List<List<TextLine>> Rows)? Rows(List<TextLine> lines)
    {
        var lead = new List<TextLine>();
        var rows = new List<List<TextLine>>();
        foreach (var line in lines)
        {
            if (!line.Bullet && HeadinglessRows.OpensWithRange(line.Text))
            {
                rows.Add([line]);
            }
            else
            {
                (rows.Count > 0 ? rows[^1] : lead).Add(line);
            }
        }
        return rows.Count > 0 ? (lead, rows) : null;
    }

    private static List<Section> Regroup(Section section, List<TextLine> lead, List<List<TextLine>> rows, Func<List<TextLine>, string> kindOf)
    {
        var sections = new List<Section>();
        if (lead.Count > 0)
        {
            sections.Add(new Section(section.Kind, section.Heading, [.. lead], section.KnownHeading));
        }
        foreach (var row in rows)
        {
            var kind = kindOf(row);
            if (sections.Count == 0 || sections[^1].Kind != kind)
            {
                sections.Add(new Section(kind, section.Heading, [], section.KnownHeading));
            }
            sections[^1].Lines.AddRange(row);
        }
        return sections;
    }

    private static List<string> HeaderTexts(List<TextLine> row) =>
        row.Where(l => !l.Bullet).Select(l => Stripped(l.Text)).Where(t => t.Length > 0).ToList();

    private static bool IsSchooling(List<TextLine> row)
    {
        var texts = HeaderTexts(row);
        return texts.Any(EducationParser.NamesDegreeOutsideEducation)
            || texts.Any(EducationParser.IsInstitution) && !texts.Any(t => RoleWords.TitleScore(t) > 0.5);
    }

    private static bool IsJob(List<TextLine> row) => EducationParser.NamesBusinessNotSchooling(EducationParser.HeaderPieces(HeaderTexts(row)));

    /// <summary>A row's line without its dates and without the cell mark between the date column and the rest.</summary>
    private static string Stripped(string text)
    {
        if (DateParser.Find(text) is { } range)
        {
            text = DateParser.Remove(text, range);
        }
        return text.Trim(' ', '‖', '|', '-', '–', ':');
    }
}
