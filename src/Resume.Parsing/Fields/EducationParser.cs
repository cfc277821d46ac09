using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using ModelEducation = Resume.Model.Education;

namespace Resume.Parsing.Fields;

/// <summary>Education entries: institution, degree ("BSc (Hons)", "Master of Science", "B.S."), field, dates, grade; from
/// lines in any order, from "Degree in Field, Institution" or from a table with a header row.</summary>
internal static partial class EducationParser
{
    private static readonly string[] ProviderNames =
    [
        "general assembly", "ironhack", "le wagon", "hack reactor", "springboard", "coursera", "udacity", "edx",
        "codecademy", "app academy", "lambda school", "flatiron", "makers", "coding dojo", "bloomtech", "turing",
    ];

    /// <param name="certificates">Where awards listed under a degree (not degrees themselves) go.</param>
    /// <param name="sharedHeading">The heading names certificates too ("Education &amp; Certifications", "Ausbildung &amp;
    /// Zertifizierung"): an entry there that names no degree and no school is one of the certificates.</param>
    /// <param name="volunteer">Where an entry that is a year of voluntary service goes.</param>
    /// <param name="work">Where an entry that is a post held at a business goes.</param>
    public static List<ModelEducation> Parse(IReadOnlyList<TextLine> lines, List<Resume.Model.Certificate>? certificates = null, bool sharedHeading = false,
        List<Resume.Model.Volunteer>? volunteer = null, List<Resume.Model.Work>? work = null) =>
        [.. Read(lines, certificates, sharedHeading, volunteer, work).Select(WithFieldsTidied)];

    private static List<ModelEducation> Read(IReadOnlyList<TextLine> lines, List<Resume.Model.Certificate>? certificates, bool sharedHeading,
        List<Resume.Model.Volunteer>? volunteer, List<Resume.Model.Work>? work)
    {
        if (TableReader.TryRead(lines, out var rows))
        {
            return rows.Select(FromRow).Where(e => e.Institution is not null || e.StudyType is not null).ToList();
        }
        if (LabelledRecords.TryRead(lines, out var records))
        {
            return records.Where(r => r.Values.ContainsKey(FieldLabels.Role.Institution) || r.Values.ContainsKey(FieldLabels.Role.Qualification))
                .Select(r =>
                {
                    var (type, inlineArea) = r.Values.TryGetValue(FieldLabels.Role.Qualification, out var q) ? SplitDegree(q) : (null, null);
                    // "Degree obtained | Master's Degree (MSc) in Mathematics (IST, Lisbon)" with no label for the school:
                    // the degree's own line names where it was taken, read as any degree line is.
                    var named = q is not null && !r.Values.ContainsKey(FieldLabels.Role.Institution) ? DegreeNamingSchool(q) : null;
                    return new ModelEducation
                    {
                        Institution = r.Values.GetValueOrDefault(FieldLabels.Role.Institution) ?? named?.Institution,
                        StudyType = named is { Institution: not null, StudyType: { } readType } ? readType : type ?? q,
                        Area = r.Values.GetValueOrDefault(FieldLabels.Role.Subjects) ?? (named is { Institution: not null } ? named.Area : inlineArea),
                        StartDate = Begun(r.Dates),
                        EndDate = Completed(r.Dates),
                    };
                }).ToList();
        }
        var result = new List<ModelEducation>();
        if (certificates is not null && CredentialsAmongDegrees(lines) is { } mixed)
        {
            certificates.AddRange(mixed.Certificates);
            lines = mixed.Degrees;
        }
        foreach (var entry in EntryReader.Read(JoinDegreeCarriedOverDates(lines), NamesSchool))
        {
            if (entry.Parts.Count > 0 && IsCourseList(entry.Parts[0]) && result.Count > 0)
            {
                // "Courses" under a degree, with its items: they belong to the degree above.
                var courses = entry.Parts.Skip(1).Concat(entry.Highlights).SelectMany(KeywordSplitter.Split).ToList();
                result[^1] = result[^1] with { Courses = [.. result[^1].Courses, .. courses] };
                continue;
            }
            // A year over courses each timed in days or hours: trainings taken, not degrees.
            if (entry.Parts.Concat(entry.Highlights).Where(p => DateParser.Find(p) is not { } d || !DateParser.IsOnlyDate(p, d)).ToList() is { Count: > 0 } said
                && said.All(IsTimedCourse))
            {
                continue;
            }
            if (volunteer is not null && Service(entry) is { } service)
            {
                volunteer.Add(service);
                continue;
            }
            if (certificates is not null && Credential(entry, sharedHeading) is { } credential)
            {
                certificates.Add(credential);
                continue;
            }
            if (work is not null && Job(entry) is { } job)
            {
                work.Add(job);
                continue;
            }
            if (SelfContainedLines(entry) is { } each)
            {
                result.AddRange(each);
                continue;
            }
            if (GroupsApartByGaps(entry) is { } grouped)
            {
                result.AddRange(grouped);
                continue;
            }
            if (ItemsNamingSchools(entry) is { } listed)
            {
                result.AddRange(listed);
                continue;
            }
            if (ItemsOpeningWithDegrees(entry) is { } degreeItems)
            {
                result.AddRange(degreeItems);
                continue;
            }
            if (SchoolsInOneEntry(entry) is { } schools)
            {
                result.AddRange(schools);
                continue;
            }
            if (DegreesSharingSchool(entry.Parts.Concat(entry.Description).ToList(), entry.Dates, entry.Highlights) is { } shared)
            {
                result.AddRange(shared);
                continue;
            }
            if (DegreesUnderOneSchool(entry, result) is { } degrees)
            {
                result.RemoveAt(result.Count - 1);
                result.AddRange(degrees);
                continue;
            }
            if (AdjacentDatedLines(entry) is { } dated)
            {
                result.AddRange(dated);
                continue;
            }
            var shortItems = entry.Highlights.Where(h => h.Count(c => c == ' ') < 6);
            var places = PlaceCells(entry);
            var parts = entry.Parts.Where(p => places is null || !places.Contains(p)).Concat(shortItems).Concat(entry.Description).ToList();
            var education = FromParts(parts, entry.Dates, entry.Highlights);
            // "Stafford College" / "NVQ Level 2 Catering" / "NCFE Level 2 Certificate In Equality And Diversity": with the
            // school and its degree read, lines that each name an award in a subject, with no school and no dates, are
            // certificates listed under the degree, not part of it.
            if (certificates is not null && parts.Count(IsAwardLine) is > 0 and var awards && awards < parts.Count
                && FromParts(parts.Where(p => !IsAwardLine(p)).ToList(), entry.Dates) is { Institution: not null, StudyType: not null } degree)
            {
                certificates.AddRange(parts.Where(IsAwardLine).Select(p => new Resume.Model.Certificate { Name = p }));
                education = degree;
            }
            if (education.Institution is not null || education.StudyType is not null || education.Area is not null)
            {
                result.Add(education);
            }
        }
        return result;
    }

    /// <summary>
    /// "Master of Education - MEd, Education Policy, Organization &amp;" over "Leadership · (August 2020 - December 2021)":
    /// a degree line with no dates that wrapped, so that the last words of its field stand before its dates on the line
    /// below (profile exports keep the field and the dates together). The few words before the dates carry on the line
    /// above when both lines share their type and their left edge and those words name no school, degree or place; the
    /// line then no longer reads as the next degree's opening line.
    /// </summary>
    /// <summary>"Doctor of Philosophy (D.Phil) in Mathematics (University of Oxford)", "Master's Degree (MSc) in Mathematics
    /// (IST, Lisbon)": a labelled record's degree with no label for the school names it itself, in a closing bracket after
    /// the field or as any degree line does.</summary>
    private static ModelEducation DegreeNamingSchool(string degree)
    {
        if (TrailingParen().Match(degree) is { Success: true, Index: > 0 } closing && closing.Groups[1].Value.Trim() is { Length: > 1 } school
            && char.IsUpper(school[0]) && SplitDegree(school).Type is null && FieldRemark().Match(closing.Value) is not { Success: true }
            && SplitDegree(degree[..closing.Index].Trim()) is { Type: { } type } split)
        {
            return new ModelEducation { Institution = school, StudyType = type, Area = split.Area };
        }
        return FromParts([degree], null);
    }

    private static IReadOnlyList<TextLine> JoinDegreeCarriedOverDates(IReadOnlyList<TextLine> lines)
    {
        List<TextLine>? joined = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (!line.HasGeometry || !next.HasGeometry || line.Bullet || next.Bullet || line.Page != next.Page
                || Math.Abs(line.FontSize - next.FontSize) > 0.3 || Math.Abs(line.Left - next.Left) > 2 || line.Segments.Count != 1
                || DateParser.Find(line.Text) is not null || DateParser.Find(next.Text) is not { } dates || dates.Index == 0
                || NamesSchool(line))
            {
                continue;
            }
            var words = next.Text[..dates.Index].Trim().TrimEnd('·', '(', '|', ',', '-', '–').Trim();
            if (words.Length == 0 || words.Split(' ').Count(w => w.Any(char.IsLetter)) > 4 || !char.IsLetter(words[0]) || IsDateLabel(words) || IsInstitution(words)
                || SplitDegree(words).Type is not null || Places.Score(words) > 0)
            {
                continue;
            }
            joined ??= [.. lines];
            var index = joined.IndexOf(line);
            var carried = joined[index].Segments[^1];
            joined[index] = new TextLine([.. joined[index].Segments.Take(joined[index].Segments.Count - 1), carried with { Text = carried.Text.TrimEnd() + " " + next.Segments[0].Text.Trim() }, .. next.Segments.Skip(1)])
            {
                Page = line.Page, Top = line.Top, Bottom = next.Bottom, Left = line.Left, Right = Math.Max(line.Right, next.Right),
                FontSize = line.FontSize, Bold = line.Bold, Italic = line.Italic, Indent = line.Indent, GapBefore = line.GapBefore, Column = line.Column,
                InSidebar = line.InSidebar, ColumnRight = line.ColumnRight, Links = [.. line.Links, .. next.Links],
            };
            joined.RemoveAt(index + 1);
        }
        return joined ?? lines;
    }

    /// <summary>"NCFE Level 1 Award In Employability Skills", "Certificate in Food Hygiene": an award in a subject, on a
    /// line of its own with no school and no dates.</summary>
    private static bool IsAwardLine(string part) =>
        AwardInSubject().IsMatch(part) && !IsInstitution(part) && DateParser.Find(part) is null;

    [GeneratedRegex(@"^(?:[\p{Lu}\d][\p{L}\d&.'’-]*\s+){0,5}(?i:certificate|award|certification)\s+(?i:in|of)\s+\p{L}")]
    private static partial Regex AwardInSubject();

    /// <summary>"Danish language course ‖ Aalborg" over "Sprogcenter Aalborg ‖ 2015–2016", "Harbour University ‖ Leeds"
    /// over "BSc Biology ‖ 2012 – 2015": where one header line closes with a cell of dates, a short name closing another
    /// header line in the same way is where the school is, not a school, degree or field.</summary>
    private static HashSet<string>? PlaceCells(Entry entry)
    {
        if (entry.Header.Count < 2 || !entry.Header.Any(l => l.Segments.Count >= 2 && l.Segments[^1].Text is var last
            && DateParser.Find(last) is { } d && DateParser.IsOnlyDate(last, d)))
        {
            return null;
        }
        HashSet<string>? cells = null;
        foreach (var line in entry.Header)
        {
            var cell = line.Segments.Count >= 2 ? line.Segments[^1].Text.Trim() : "";
            var words = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is >= 1 and <= 3 && words.All(w => char.IsUpper(w[0])) && !cell.Any(char.IsDigit) && !IsInstitution(cell)
                && SplitDegree(cell).Type is null && !NamesField(cell) && DateParser.Find(cell) is null)
            {
                (cells ??= new HashSet<string>(StringComparer.Ordinal)).Add(cell);
            }
        }
        return cells;
    }

    /// <summary>"ACLC College San Pablo ‖ 2019-2021" right over "Pamantasan ng Lungsod ng San Pablo ‖ 2021-present": header
    /// lines that follow each other, each with dates of its own, are a degree each; lines above the first go with it
    /// (a label such as "College"), the body goes with the last.</summary>
    private static List<ModelEducation>? AdjacentDatedLines(Entry entry)
    {
        var dated = entry.Header.Select((line, k) => (k, Dates: DateParser.Find(line.Text))).Where(x => x.Dates is not null).ToList();
        if (dated.Count < 2 || dated[^1].k - dated[0].k != dated.Count - 1 || dated[^1].k != entry.Header.Count - 1
            || dated.Select(x => x.Dates!.Start).Distinct().Count() < dated.Count)
        {
            return null;
        }
        var result = new List<ModelEducation>();
        for (var j = 0; j < dated.Count; j++)
        {
            var lines = j == 0 ? entry.Header.Take(dated[0].k + 1) : [entry.Header[dated[j].k]];
            var parts = lines.SelectMany(l => l.Segments).Select(s => DateParser.Find(s.Text) is { } d ? DateParser.Remove(s.Text, d) : s.Text)
                .Select(t => t.Trim().Trim('|', '•', '·', ',').Trim()).Where(t => t.Length > 0).ToList();
            if (j == dated.Count - 1)
            {
                parts.AddRange(entry.Highlights.Where(h => h.Count(c => c == ' ') < 6));
            }
            var degree = FromParts(parts, dated[j].Dates);
            if (degree is { Institution: null, StudyType: null, Area: { } name } && parts.Count == 1)
            {
                degree = degree with { Institution = name, Area = null }; // a name alone beside its dates is the school's
            }
            if (degree.Institution is null)
            {
                return null;
            }
            result.Add(degree);
        }
        return result;
    }

    /// <summary>"MSc in Biology, University of X" over "BSc in Biology, University of Y", no dates: undated lines that
    /// each name a degree and an institution are a degree each, not one degree's wrapped header.</summary>
    private static List<ModelEducation>? SelfContainedLines(Entry entry)
    {
        if (entry.Dates is not null || entry.Header.Count < 2 || entry.HasBody)
        {
            return null;
        }
        var each = entry.Header.Select(l => FromParts([l.Text], null)).ToList();
        return each.All(e => e.Institution is not null && e.StudyType is not null) ? each : null;
    }

    /// <summary>"Ensino médio" / "Escola Nova" / "Osasco, SP", a blank, then "Tec. Informática" / "Smartdata" / "Osasco, SP":
    /// with no dates anywhere, the only thing that parts one degree from the next is the space left between them. Undated
    /// header lines set apart by gaps clearly wider than the spacing inside each group are a degree per group, when every
    /// group holds more than one line and all but one at most name a degree or a school.</summary>
    private static List<ModelEducation>? GroupsApartByGaps(Entry entry)
    {
        var header = entry.Header;
        if (entry.Dates is not null || header.Count < 4 || entry.HasBody)
        {
            return null;
        }
        var starts = new List<int> { 0 };
        if (header.All(l => l.HasGeometry))
        {
            if (header.Any(l => l.Page != header[0].Page || l.Column != header[0].Column))
            {
                return null;
            }
            var spaces = Enumerable.Range(1, header.Count - 1).Select(i => header[i].Top - header[i - 1].Bottom).ToList();
            var tight = spaces.Min();
            var height = header.Average(l => l.Bottom - l.Top);
            if (tight < -1)
            {
                return null; // lines out of reading order (side by side): no vertical rhythm to go by
            }
            starts.AddRange(Enumerable.Range(1, header.Count - 1).Where(i => spaces[i - 1] > tight + Math.Max(2, 0.5 * height)));
        }
        else
        {
            starts.AddRange(Enumerable.Range(1, header.Count - 1).Where(i => header[i].GapBefore));
        }
        if (starts.Count < 2)
        {
            return null;
        }
        var groups = starts.Select((s, k) => header.Skip(s).Take((k + 1 < starts.Count ? starts[k + 1] : header.Count) - s).ToList()).ToList();
        if (groups.Any(g => g.Count < 2))
        {
            return null;
        }
        var each = groups.Select(g => FromParts(g.Select(l => l.Text).ToList(), null)).ToList();
        return each.All(e => e.StudyType is not null || e.Institution is not null || e.Area is not null)
            && each.Count(e => e.StudyType is not null || e.Institution is not null) >= each.Count - 1 ? each : null;
    }

    /// <summary>"• John Hopkins University: Full Stack web development (08/2020 – Current)", or a school, its year and its
    /// degree each behind a bullet: a list with no header line above it, in which items that name a school each open a
    /// degree of their own and the items after one (a year, a degree) belong to it; they are not highlights.</summary>
    private static List<ModelEducation>? ItemsNamingSchools(Entry entry)
    {
        if (entry.Header.Count > 0 || entry.Highlights.Count == 0 || entry.Description.Count > 0)
        {
            return null;
        }
        var groups = new List<List<string>>();
        foreach (var item in entry.Highlights)
        {
            if (groups.Count == 0 || OpensSchoolItem(item))
            {
                groups.Add([]);
            }
            groups[^1].Add(item);
        }
        var each = groups.Select(group =>
        {
            DateRange? dates = null;
            var parts = new List<string>();
            foreach (var item in group)
            {
                var found = DateParser.Find(item);
                dates ??= found;
                parts.Add(found is null ? item : DateParser.Remove(item, found));
            }
            return FromParts(parts, dates);
        }).ToList();
        return each.All(e => e.Institution is not null && (e.StudyType is not null || e.Area is not null || e.EndDate is not null))
            && entry.Highlights.Any(OpensSchoolItem) ? each : null;
    }

    /// <summary>"• Tecnólogo em Gestão Ambiental – CENTRINA (Cursando)" over "• Técnico em Logística – TECNOVA": a
    /// list with no header line above it whose items open with a degree is a degree per such item, wherever its school's
    /// name gives no school word to go by; the items after one that name no degree (honours, a thesis, a year) are its
    /// details. They are not one nameless entry's highlights.</summary>
    private static List<ModelEducation>? ItemsOpeningWithDegrees(Entry entry)
    {
        if (entry.Header.Count > 0 || entry.Highlights.Count == 0 || entry.Description.Count > 0 || !OpensWithDegree(entry.Highlights[0]))
        {
            return null;
        }
        var each = new List<ModelEducation>();
        foreach (var item in entry.Highlights)
        {
            var dates = DateParser.Find(item);
            if (!OpensWithDegree(item))
            {
                // A detail of the degree above: only its dates count, when that degree has none.
                if (dates is not null && each[^1] is { StartDate: null, EndDate: null } undatedAbove)
                {
                    each[^1] = undatedAbove with { StartDate = Begun(dates), EndDate = Completed(dates) };
                }
                continue;
            }
            var education = FromParts([dates is null ? item : DateParser.Remove(item, dates)], dates ?? entry.Dates);
            // Each item names where too, in a few words: an item that reads as a sentence about a degree is no list of them.
            if (education is not { StudyType: not null, Institution: { } school } || school.Count(c => c == ' ') > 7)
            {
                return null;
            }
            each.Add(education);
        }
        return each;
    }

    private static bool OpensWithDegree(string item)
    {
        var undated = DateParser.Find(item) is { } dates ? DateParser.Remove(item, dates) : item;
        return SplitPieces(WithoutLeaders(undated)).FirstOrDefault() is { } first && SplitDegree(first).Type is not null;
    }

    /// <summary>An item that names a school, or names where before a colon ("Harbor Tech: … certification").</summary>
    private static bool OpensSchoolItem(string item)
    {
        var undated = DateParser.Find(item) is { } dates ? DateParser.Remove(item, dates) : item;
        var pieces = SplitPieces(WithoutLeaders(undated)).ToList();
        return pieces.SelectMany(SplitAfterSchool).Any(IsSchoolName) || pieces.Any(p => SplitAfterSchool(p).Skip(1).Any());
    }

    /// <summary>"------St. Mary's School", "BS Biology -------- Northgate University": a run of dashes or dots set as a
    /// leader is no part of a name; it parts what stands either side of it.</summary>
    private static string WithoutLeaders(string text) => text.Contains("---", StringComparison.Ordinal) || text.Contains("...", StringComparison.Ordinal) || text.Contains("___", StringComparison.Ordinal)
        ? LeaderRun().Replace(text, " | ").Trim().Trim('|').Trim()
        : text;

    [GeneratedRegex(@"\s*(?:-{3,}|\.{3,}|_{3,}|…{2,})\s*")]
    private static partial Regex LeaderRun();

    /// <summary>"University of California, San Diego" over "B.S. in Computer Science   2016–2020" and "M.S. in Computer
    /// Science   2020–2021": a school on a line of its own, then dated lines that each name a degree and no school, are
    /// degrees taken at that school, one each.</summary>
    private static List<ModelEducation>? DegreesUnderOneSchool(Entry entry, List<ModelEducation> before)
    {
        if (before.Count == 0 || before[^1] is not { Institution: not null, StudyType: null, Area: null, StartDate: null, EndDate: null } school
            || entry.Header.Count < 2 || entry.HasBody)
        {
            return null;
        }
        var each = new List<ModelEducation>();
        foreach (var line in entry.Header)
        {
            if (DateParser.Find(line.Text) is not { } dates)
            {
                return null;
            }
            var degree = FromParts(line.Segments.Select(s => DateParser.Find(s.Text) is { } d ? DateParser.Remove(s.Text, d) : s.Text).ToList(), dates);
            if (degree.StudyType is null || degree.Institution is not null && NamesSchool(line))
            {
                return null;
            }
            each.Add(degree with { Institution = school.Institution });
        }
        return each;
    }

    /// <summary>"University of California, Berkeley" / "Expected Graduation: 2017" / "Bachelor of Science in Economics", then
    /// "Woodcreek High School" / "Graduated: 2013", with no blank or bullet between them: a line that is a school's name
    /// and nothing else opens a school of its own, with the lines under it; each takes the date among its own lines (the
    /// first may have its date read for the whole entry).</summary>
    private static List<ModelEducation>? SchoolsInOneEntry(Entry entry)
    {
        if (entry.Parts.Count < 3 || !IsWholeSchool(entry.Parts[0]) || entry.Parts.Skip(1).Count(IsWholeSchool) is 0)
        {
            return null;
        }
        var groups = new List<List<string>>();
        foreach (var part in entry.Parts)
        {
            if (groups.Count == 0 || IsWholeSchool(part))
            {
                groups.Add([]);
            }
            groups[^1].Add(part);
        }
        var result = new List<ModelEducation>();
        for (var g = 0; g < groups.Count; g++)
        {
            DateRange? dates = null;
            var parts = new List<string>();
            foreach (var part in groups[g])
            {
                if (dates is null && DateParser.Find(part) is { } found)
                {
                    dates = found;
                    var left = DateParser.Remove(part, found).Trim().TrimEnd(':').Trim();
                    if (left.Length > 0 && !IsDateLabel(left) && !DateWordAlone().IsMatch(left))
                    {
                        parts.Add(left);
                    }
                    continue;
                }
                parts.Add(part);
            }
            dates ??= g == 0 ? entry.Dates : null;
            var items = g == groups.Count - 1 ? entry.Highlights : [];
            if (DegreesSharingSchool(parts, dates, items) is { } shared)
            {
                result.AddRange(shared);
            }
            else
            {
                result.Add(FromParts(parts, dates, items));
            }
        }
        return result;
    }

    private static bool IsWholeSchool(string part) =>
        IsSchoolName(part) && SplitDegree(part).Type is null && DateParser.Find(part) is null && SplitPieces(part).Count() <= 2;

    /// <summary>"Graduated", "Expected", "Completed": a word that only said when, once its date is read.</summary>
    [GeneratedRegex(@"^(?i:graduated|graduating|expected|completed|finished|attended|since|until)$")]
    private static partial Regex DateWordAlone();

    /// <summary>"University of California, Berkeley" over "Bachelor of Science in Economics" and "Bachelor of Science in
    /// Environmental Science": one school, and lines that each name a whole degree (its kind and its field), are a double
    /// degree, one each, sharing the school, its dates and what else the entry says.</summary>
    private static List<ModelEducation>? DegreesSharingSchool(List<string> parts, DateRange? dates, IReadOnlyList<string> items)
    {
        var whole = parts.Where(p => !IsSchoolName(p) && !IsAwardLine(p) && SplitDegree(p) is { Type: not null, Area: not null } && !SplitPieces(p).Any(IsSchoolName)).ToList();
        if (whole.Count < 2 || parts.Count(p => SplitPieces(p).Any(IsSchoolName)) != 1)
        {
            return null;
        }
        // The degrees stand under the school. A degree line above it is this entry's own title (a layout that sets the
        // degree first), and one below it then belongs to the next entry, whose boundary was missed.
        var school = parts.FindIndex(p => SplitPieces(p).Any(IsSchoolName));
        if (whole.Any(w => parts.IndexOf(w) < school))
        {
            return null;
        }
        var each = whole.Select(degree => FromParts(parts.Where(p => p == degree || !whole.Contains(p)).ToList(), dates, items)).ToList();
        return each.All(e => e.Institution is not null && e.StudyType is not null) && each.Select(e => e.Area).Distinct().Count() == each.Count ? each : null;
    }

    private static ModelEducation FromRow(Dictionary<string, string> row)
    {
        // A column's role is read from the words of its header ("College/School", "Year of Passing"); the first column
        // that names a role holds it.
        string? Get(params string[] words) => row.Where(c => HasWord(c.Key, words)).Select(c => c.Value).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        var dates = Get("dates", "date", "year", "years", "period", "passing") is { } d ? DateParser.Find(d) : null;
        var parts = new List<string>();
        // Where a school column stands beside a "University/Board" one, that one names who awarded the degree.
        var schoolColumn = row.Keys.Any(k => HasWord(k, "institution", "school", "college"));
        var institution = schoolColumn ? Get("institution", "school", "college") : Get("university");
        var degree = Get("degree", "qualification", "program", "programme", "course", "examination", "exam", "standard");
        var area = Get("field", "major", "area", "subject", "field of study", "discipline");
        if (institution is null && degree is null)
        {
            parts.AddRange(row.Values);
            return FromParts(parts, dates);
        }
        var (studyType, inlineArea) = degree is null ? (null, null) : SplitDegree(degree);
        return new ModelEducation
        {
            Institution = institution,
            StudyType = studyType,
            Area = area ?? inlineArea,
            StartDate = Begun(dates),
            EndDate = Completed(dates),
            Score = Get("gpa", "grade", "score", "percentage", "cgpa", "marks", "result", "division"),
        };
    }

    /// <summary>A degree's dates: a range gives both ends; a single date beside a degree ("BSc Biology, 2019") is when
    /// it was completed, as a diploma is dated, unless a dash or a word says it runs on ("2019 –", "since 2019").</summary>
    private static string? Begun(DateRange? dates) => dates is { IsRange: false, OpenEnd: false } ? null : dates?.Start;

    private static string? Completed(DateRange? dates) => dates is { IsRange: false, OpenEnd: false } ? dates.Start : dates?.End;

    private static bool HasWord(string header, params string[] words) =>
        words.Contains(header) || TableReader.Words(header).Any(w => words.Contains(w, StringComparer.OrdinalIgnoreCase));

    /// <param name="items">The entry's bulleted items among the parts: a list under the degree, never the rest of a name.</param>
    private static ModelEducation FromParts(List<string> rawParts, DateRange? dates, IReadOnlyList<string>? items = null)
    {
        string? institution = null, studyType = null, area = null, score = null;
        var courses = new List<string>();
        var unknown = new List<string>();
        var order = 0;
        var institutionOrder = -1;
        var firstUnknownOrder = -1;
        var joined = LabelsWithValues(JoinCutNames(rawParts));
        if (SchoolKinds.LevelAmong(joined, p => SplitDegree(p.Trim()).Type is not null, IsSchoolName) is { } level)
        {
            studyType = joined[level].Trim();
            joined.RemoveAt(level);
        }
        var details = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in joined)
        {
            order++;
            // With the degree or the school read from the header, a bulleted item under it ("Analytische Modellierung
            // topologischer Quantensysteme" under "Schwerpunkte:") is a detail of that degree: it names no school. An item
            // that names a degree itself ("NWU Vaal – B.Comm Financial Accountancy") is the degree's own line set as an item.
            var detail = items?.Contains(raw) == true && (studyType is not null || institution is not null)
                && !SplitPieces(raw).Any(p => SplitDegree(p).Type is not null);
            // "CJD-Gymnasium" over "Versmold", "School No. 14" over "Omsk (Russia)": a lone name on the entry's last line,
            // under a school already read, is the school's town, not what was studied there.
            if (institution is not null && order == joined.Count && order > 1 && IsTownUnderSchool(raw.Trim()))
            {
                continue;
            }
            // "Pursuing B.Sc. Computer Science": where the degree stands is said before it, not part of it.
            // "Ph.D. in Chemical Engineering, Advisors: Ana Ruiz, Li Wei": who supervised the degree is neither its field nor a school.
            if (SupervisorNotes.Opens(raw))
            {
                continue;
            }
            var text = Figures().Replace(TrailingStatus().Replace(Status().Replace(WithoutLeaders(SupervisorNotes.Without(raw)), ""), ""), "");
            // "Ensino médio (CURSANDO) EE Alfredo Westin": how far along the degree is, said in brackets before the school's
            // name, parts the two as a dash would; what stands before it is the degree, whatever its words.
            if (InnerStatus().Match(text) is { Success: true, Index: > 2 } status)
            {
                var before = text[..status.Index].Trim();
                if (studyType is null && SplitDegree(before).Type is null && !IsSchoolName(before))
                {
                    studyType = before;
                    text = text[(status.Index + status.Length)..];
                }
                else
                {
                    text = InnerStatus().Replace(text, " – ");
                }
            }
            // "Northgate College, Rexburg, Idaho —" over the degree: a dash left dangling where the line wrapped joins it
            // to the next; it must not hide the town at the end (the line would read as an address and be dropped).
            text = text.TrimEnd().TrimEnd('—', '–', '-', '|', ',').TrimEnd();
            // "Abschlussnote: gut", "Final grade: Distinction", "Mention : Très bien": a grade's label says what its value
            // is, in words as well as in figures; it is the degree's score, never its school or its field. The label stays
            // with the value, as "GPA: 3.8" does: "gut" alone does not say it is a grade.
            if (LabelledGrade().IsMatch(text))
            {
                score ??= text.Trim();
                continue;
            }
            // "Relevant Coursework: Data Structures | Compilers", "Cours : Algèbre, Mécanique": the courses taken for the
            // degree, listed after their label, belong to it.
            if (CourseLabel().Match(text) is { Success: true } courseLabel && courseLabel.Length < text.Length)
            {
                courses.AddRange(KeywordSplitter.Split(text[courseLabel.Length..]));
                continue;
            }
            var grade = Grade().Match(text);
            if (grade.Success)
            {
                score ??= grade.Value.Trim().Trim('(', ')').Trim();
                var left = text.Remove(grade.Index, grade.Length).Trim();
                // "GPA: 4.13 (Weighted)": a remark in brackets right after the grade qualifies the grade, not the field.
                text = grade.Index == 0 && left.StartsWith('(') && left.EndsWith(')') && left.IndexOf(')') == left.Length - 1
                    ? ""
                    : Unpaired(GradeFrame().Replace(left, "").Trim(',', '|').Trim());
            }
            if (text.Length == 0 || DateParser.Find(text) is { } d && DateParser.IsOnlyDate(text, d))
            {
                continue;
            }
            // "Minneapolis, MN" beside the institution: where it is, not a degree ("MN") or a field of study.
            if (IsPlaceLine(text))
            {
                continue;
            }
            // "Antonio Raposo Tavares" over "Osasco, SP": a town and its region's code or country, under the school, is
            // where the school is, not what was studied there. (Beside a degree with no school read yet, "Inria Rennes,
            // France" may be the school itself.)
            if ((institution is not null || studyType is not null && unknown.Count > 0) && order > 1 && IsTownAndRegion(text))
            {
                continue;
            }
            // "I'm taking AP Calculus, AP Spanish": a sentence in the person's own voice names no school and no field.
            if (FirstPerson().IsMatch(text))
            {
                continue;
            }
            // "Master of Education - MEd, Education Policy, Organization & Leadership": a degree, its abbreviation after a
            // dash, then the field to the end of the line, commas and all.
            if (studyType is null && AbbreviatedDegreeThenField().Match(text) is { Success: true } abbreviated
                && IsDegreeAbbreviation(abbreviated.Groups["abbr"].Value) && SplitDegree(abbreviated.Groups["type"].Value) is { Type: { } full, Area: null }
                && abbreviated.Groups["area"].Value.Trim().TrimEnd('·').Trim() is { Length: > 0 } field && !IsInstitution(field))
            {
                studyType = full + " - " + abbreviated.Groups["abbr"].Value;
                area ??= field;
                continue;
            }
            // "Diplôme d'ingénieur en informatique, spécialisation Data Engineering", "MSc in Physics, specialisation in
            // optics": with the field named after the degree, a specialisation after the comma narrows it; it is not the field.
            if (SpecialisationAfterField().Match(text) is { Success: true } narrowing && SplitDegree(text[..narrowing.Index].Trim()) is { Type: not null, Area: not null })
            {
                text = text[..narrowing.Index].Trim();
            }
            // "Grado en Ingeniería, Ingeniería eléctrica", "Diploma of Education, Information Technology": a profile
            // export (and many a form) prints the degree as the person typed it, a comma, then the field of study. The
            // whole first part is the degree, whatever words it holds ("Licentiate degree", "Curso Técnico Integrado").
            // With no school read yet, "Diploma in Hospitality, CodeClan" more likely names the school after its comma.
            if (studyType is null && DegreeThenField(text.Trim().TrimEnd('·').Trim()) is { } typed
                && (institution is not null || SplitDegree(typed.Type).Area is null))
            {
                studyType = typed.Type;
                area ??= typed.Area;
                continue;
            }
            // "Field(s) of study: Physics", "Major: Economics": a label that names the area says what the rest is.
            if (AreaLabel().Match(text) is { Success: true } labelled)
            {
                // "Major: Bachelor of Arts in Art & Design": the label stands before the whole degree.
                var (labelledType, labelledArea) = SplitDegree(text[labelled.Length..].Trim());
                if (labelledType is not null && studyType is null)
                {
                    studyType = labelledType;
                    area ??= labelledArea;
                }
                else
                {
                    area ??= text[labelled.Length..].Trim();
                }
                continue;
            }
            // "Minor: Digital Media", "Minors: Marketing, Studio Art", "Minor in Mathematics": a minor is neither the
            // degree nor its field.
            if (MinorLabel().IsMatch(text))
            {
                continue;
            }
            var previousWasInstitution = false;
            var typeJustRead = false;
            var fieldJustRead = false;
            text = CommaBeforeSchool(text);
            var named = AtSchool().Match(text);
            if (!named.Success)
            {
                named = AnSchool().Match(text);
            }
            // "University of Illinois at Urbana-Champaign": "at" inside a school's own name names its campus, not where
            // something else was studied.
            if (named.Success && IsSchoolName(named.Groups["what"].Value.Trim()))
            {
                named = Match.Empty;
            }
            var what = named.Success && named.Groups["then"].Success ? named.Groups["what"].Value + ", " + named.Groups["then"].Value : named.Groups["what"].Value;
            var pieces = SplitPieces(named.Success ? what : text).SelectMany(SplitAfterSchool)
                .Select(WithoutFigures).Where(p => p.Length > 0 && !IsDateLabel(p) && !IsLink(p)).ToList();
            if (named.Success && institution is null)
            {
                // "BSc Chemical Eng. at Technion - Israel Institute of Technology", "IT study at the University of Applied
                // Sciences in Amsterdam": what follows "at" is where it was studied, whatever its words, up to its town.
                institution = WithoutTown(named.Groups["where"].Value.Trim().TrimEnd('.', ','));
                institutionOrder = order;
            }
            for (var k = 0; k < pieces.Count; k++)
            {
                var piece = pieces[k];
                // "Lycée Pothier, Orléans, France", "Seoul National University, South Korea": a country closing the line
                // after the name, with the town before it, is where the school is, not part of its name.
                if (previousWasInstitution && institution is not null && EndsInCountry(pieces, k))
                {
                    break;
                }
                // "Birla Institute of Technology and Science, Pilani": a place after the name is part of it; so is a town
                // of a few capitalised words before a region that reads as a place ("Saint George, Utah").
                if (previousWasInstitution && institution is not null
                    && (IsCampus(piece) || k + 1 < pieces.Count && IsTownName(piece) && Places.Score(pieces[k + 1]) > 0))
                {
                    institution += ", " + piece;
                    continue;
                }
                previousWasInstitution = false;
                // "MSc in Statistics, Data and Network Optimisation, Politecnico di Torino": the field named after the
                // degree goes on past a comma in a list of subjects, up to the school or the place.
                if (fieldJustRead && area is not null && ContinuesField(piece))
                {
                    area += ", " + piece;
                    continue;
                }
                fieldJustRead = false;
                // "Dean's List", "Golden Key International honors society", "I'm taking AP Calculus": an honour or a
                // sentence in the person's own voice names no school and no field.
                if (Distinction().IsMatch(piece))
                {
                    continue;
                }
                // "Spring" left of "Spring 2014", "Student" of "Student of Games Design": words about when or who, not a field.
                if (SeasonOrStudent().Match(piece) is { Success: true } who)
                {
                    if (who.Length == piece.Length)
                    {
                        continue;
                    }
                    piece = piece[who.Length..].Trim();
                }
                // "Secondary Ed. Major": the field named before the word for it.
                if (piece.Length > 8 && piece.EndsWith(" major", StringComparison.OrdinalIgnoreCase) && SplitDegree(piece).Type is null)
                {
                    area ??= piece[..^6].Trim();
                    continue;
                }
                if (studyType is not null && Honours().IsMatch(piece) && piece.Length <= 10)
                {
                    studyType += " " + piece; // "BSc" and "(Hons)" set apart
                    continue;
                }
                // "Master of Education - MEd, Education Policy": the degree's abbreviation after a dash names it again;
                // the field is what comes next.
                if (typeJustRead && IsDegreeAbbreviation(piece))
                {
                    studyType += " - " + piece;
                    typeJustRead = false;
                    continue;
                }
                // "West African Senior School Certificate Examination, WASSCE": capitals spelling the initials of the
                // qualification just read name it again; they are neither its field nor a school.
                if (typeJustRead && studyType is not null && IsInitialsOf(piece, studyType))
                {
                    studyType += ", " + piece;
                    typeJustRead = false;
                    continue;
                }
                typeJustRead = false;
                // "Junior High School", "Elementary", "College" over the school's own name: a label for the stage of
                // schooling names no school and no field.
                if (SchoolStage().IsMatch(piece))
                {
                    continue;
                }
                // "High School Diploma": the school word belongs to the qualification's name.
                if (IsSchoolName(piece))
                {
                    if (institution is null)
                    {
                        // "Gottlieb Daimler Schule (Abitur)": the degree taken there, named in brackets after the school.
                        if (studyType is null && TrailingParen().Match(piece) is { Success: true, Index: > 0 } bracket
                            && bracket.Groups[1].Value.Trim() is var inBrackets && SplitDegree(inBrackets) is { Type: { } bracketed, Area: null }
                            && bracketed.Length == inBrackets.Length)
                        {
                            studyType = bracketed;
                            piece = piece[..bracket.Index].Trim();
                        }
                        institution = WithoutTown(piece);
                        institutionOrder = order;
                        previousWasInstitution = true;
                    }
                    continue;
                }
                var (type, inlineArea) = SplitDegree(piece);
                // "MLIS", "M.Sci.": a piece that is a degree's initials alone names the degree, known or not.
                if (type is null && studyType is null && piece.Length <= 7 && !piece.Contains(' ') && piece.Count(char.IsLetter) >= 3
                    && DegreeInitials().IsMatch(piece) && Places.Score(piece) == 0)
                {
                    type = piece;
                }
                // "Ensino médio (colégio objetivo)", "Abitur (Gymnasium Neustadt)": a school named in brackets after the
                // degree is where it was taken, not its field.
                if (type is not null && studyType is null && institution is null && inlineArea is not null
                    && piece.TrimEnd().EndsWith(')') && IsInstitution(inlineArea))
                {
                    institution = inlineArea;
                    institutionOrder = order;
                    inlineArea = null;
                }
                if (type is not null && studyType is null)
                {
                    studyType = type;
                    fieldJustRead = area is null && inlineArea is not null;
                    area ??= inlineArea;
                    typeJustRead = inlineArea is null;
                    continue;
                }
                if (unknown.Count == 0 && pieces.Count == 1)
                {
                    firstUnknownOrder = order; // a line of its own, not a piece of "Degree, Field"
                }
                unknown.Add(piece);
                if (detail)
                {
                    details.Add(piece);
                }
            }
        }
        // A long name wrapped in a narrow column ("École Polytechnique" / "Fédérale de Lausanne"): the line right under
        // the institution is the rest of its name when another piece is left for the field of study.
        // A name followed by its town on its own line ("Goethe Schule Harburg - Hamburg") ended there; a region or a
        // country alone ("Università di Pisa" ‖ "Italy") is where the school is, not the rest of its name.
        if (institution is not null && !institution.Contains(',') && unknown.Count >= 2 && firstUnknownOrder == institutionOrder + 1 && items?.Contains(unknown[0]) != true
            && !IsCourseList(unknown[0]) && IsTitleCase(unknown[0]) && !unknown[0].Contains(':') && SplitDegree(unknown[0]).Type is null
            && !Places.IsRemote(unknown[0]) && !Places.IsRegionOrCountry(unknown[0]) && !unknown.Skip(1).Any(IsCourseList))
        {
            institution += " " + unknown[0];
            unknown.RemoveAt(0);
        }
        // "Bachelor's Degree - Computer Science" over "HEPIA": a piece named by subject words ("Science", "Engineering")
        // is the field; the school is the other piece, whichever comes first.
        if (institution is null && area is null && unknown.Count >= 2 && NamesField(unknown[0])
            && unknown.FindIndex(1, u => !NamesField(u) && !IsCourseList(u) && !Places.IsRemote(u)) is var other and > 0)
        {
            (unknown[0], unknown[other]) = (unknown[other], unknown[0]);
        }
        // "Technicien ES - Software development" over "CFPT": a school is often named by its initials alone; with no school
        // word anywhere, a piece of capitals only that names no degree is the school.
        if (institution is null && unknown.FindIndex(IsInitials) is var initials and > 0 && unknown.Count(IsInitials) == 1
            && !unknown.Any(u => !IsInitials(u) && IsProperName(u)))
        {
            var school = unknown[initials];
            unknown.RemoveAt(initials);
            unknown.Insert(0, school);
        }
        // Once a leftover piece reads as no field (a sentence, a town), the pieces after it are more of the same unless
        // their own words name a subject.
        var notField = false;
        foreach (var piece in unknown)
        {
            // "Description I discussed the Bose-Einstein condensation in a system of …": a piece of a dozen words or more
            // that names no school is a sentence about the degree; it is neither where nor what was studied.
            if (IsCourseList(piece) || piece.Count(c => c == ' ') >= 12 && !IsSchoolName(piece))
            {
                continue;
            }
            if (institution is null && details.Contains(piece))
            {
                area ??= piece.Length <= 60 && NamesField(piece) ? piece : null;
                continue;
            }
            if (institution is null && (studyType is not null || unknown.Count > 1 || area is not null))
            {
                institution = piece;
            }
            else if (area is null && piece.Length <= 60 && institution is not null && NamesWhereSchoolIs(piece))
            {
                // "Ensheeit, Toulouse", "Allgemeinbildende Schule Nr. 14" over "Omsk (Russland)": with the school named,
                // a town or a town and its country is where the school is, not what was studied there.
                continue;
            }
            else if (area is null && piece.Length <= 60 && (!ReadsAsField(piece, institution is not null && studyType is null) || notField && !NamesField(piece)))
            {
                notField = true;
                // "Advisor: Dr. Jane Roe.", "due to outstanding results", "(state board)", the school's town: a piece left over
                // that is a sentence, a label's value, a remark or a place names no discipline; no field beats a wrong one.
                continue;
            }
            else if (area is null && piece.Length <= 60)
            {
                // "PhD" in bold and "of Statistics" after it in the text face: the field goes on from the degree's name,
                // its linking word left at its head.
                area = studyType is not null && LinkingHead().Match(piece) is { Success: true } link && piece.Length > link.Length + 2
                    ? piece[link.Length..]
                    : piece;
            }
            else if (institution is null)
            {
                institution = piece;
            }
        }
        return new ModelEducation
        {
            Institution = institution?.TrimEnd(':', ' '), // "Penwith College:" before what was studied there
            StudyType = studyType,
            // "Universidad de Alcalá de Henares" with "Alcalá de Henares" left over: words of the school's own name (its
            // town) are not what was studied there.
            Area = area is not null && institution is not null && area.Length >= 4 && institution.Contains(area, StringComparison.OrdinalIgnoreCase)
                ? null
                : WithoutFieldRemark(area),
            StartDate = Begun(dates),
            EndDate = Completed(dates),
            Score = score,
            Courses = courses,
        };
    }

    /// <summary>"Informatik (Nebenfach: Wirtschaftsinformatik)", "Media &amp; Information (Focus: Human-Centered Technology)",
    /// "Computer Science (Human-Computer Interaction Concentration)", "Computer Engineering, Profil: Software Engineering": a
    /// remark after the field that names a minor, a focus or a profile narrows the degree; it is not the field. (A main
    /// subject in brackets, "Wirtschaftswissenschaften (Schwerpunkt: VWL)", stays: it names the field itself.)</summary>
    private static string? WithoutFieldRemark(string? area)
    {
        if (area is null || FieldRemark().Match(area) is not { Success: true, Index: > 2 } remark)
        {
            return area;
        }
        return area[..remark.Index].Trim().TrimEnd(',', ';', '-', '–').Trim();
    }

    [GeneratedRegex(@"\s*(?:\((?:[^()]*\b(?:concentration|focus|emphasis|minor|nebenfach|profil|track)\b[^()]*)\)|[,;]\s*(?:profil|profile|focus|nebenfach|minor)\s*:.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldRemark();

    /// <summary>"WASSCE" of "West African Senior School Certificate Examination", "KCSE" of "Kenya Certificate of Secondary
    /// Education": capitals only, each the first letter of one of the name's capitalised words, in order, the first
    /// word's included.</summary>
    private static bool IsInitialsOf(string abbreviation, string name)
    {
        if (abbreviation.Length is < 2 or > 8 || !abbreviation.All(char.IsUpper))
        {
            return false;
        }
        var initials = name.Split([' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Where(w => char.IsUpper(w[0])).Select(w => w[0]).ToList();
        if (initials.Count < abbreviation.Length || initials[0] != abbreviation[0])
        {
            return false;
        }
        var at = 0;
        foreach (var c in initials)
        {
            if (at < abbreviation.Length && c == abbreviation[at])
            {
                at++;
            }
        }
        return at == abbreviation.Length && abbreviation.Length * 2 >= initials.Count;
    }

    /// <summary>No line names a school or a degree, wherever on the line it stands.</summary>
    public static bool NamesNoSchoolOrDegree(IReadOnlyList<TextLine> lines) =>
        lines.Any(l => l.Text.Trim().Length > 0)
        && !lines.Any(l => NamesDegree(l.Text) || SplitDegree(EntryReader.StripBullet(l.Text).Trim()).Type is not null || SplitPieces(l.Text).Any(IsSchoolName));

    private static bool NamesWhereSchoolIs(string piece) =>
        !NamesField(piece) && SplitDegree(piece).Type is null && !IsInstitution(piece)
        && (Places.Score(piece) >= 2 || TownAndCountry().Match(piece) is { Success: true } m && IsTownName(m.Groups["town"].Value)
            && IsTownName(m.Groups["country"].Value));

    /// <summary>"Osasco, SP", "Pau, France", "Saint George, Utah": one or two town names, then a region's code, a region or
    /// a country.</summary>
    private static bool IsTownAndRegion(string text)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.Length is 2 or 3 && (Places.IsRegionCode(parts[^1]) || Places.IsRegionOrCountry(parts[^1]))
            && parts[..^1].All(p => IsTownName(p) && !IsInstitution(p) && !NamesField(p) && !IsInitials(p));
    }

    /// <summary>"Modèles mixtes et ANOVA (4 jours)", "Intro to Docker (16 hours)": a course whose length is given in days or
    /// hours is a training, not a degree.</summary>
    private static bool IsTimedCourse(string part) => TimedCourse().IsMatch(part);

    [GeneratedRegex(@"\(\s*\d+(?:[.,]\d+)?\s*(?:jours?|heures?|h|days?|hours?|hrs?|tage?|stunden|std\.?|días|dias|horas|giorni|ore|uur|dagen)\s*\)", RegexOptions.IgnoreCase)]
    private static partial Regex TimedCourse();

    /// <summary>"Omsk (Russland)", "Lyon (France)": a town with its country in brackets, in any language.</summary>
    [GeneratedRegex(@"^(?<town>\p{Lu}[\p{L}.'-]+(?:\s\p{Lu}[\p{L}.'-]+){0,2})\s*\((?<country>\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?)\)$")]
    private static partial Regex TownAndCountry();

    /// <summary>A piece after a comma that goes on with a field of study: a subject ("Physics") or the last items of a
    /// list of them ("Electrónica y Mecatrónica"), capitalised, with no school, place, date or degree in it.</summary>
    private static bool ContinuesField(string piece) =>
        piece.Length is > 2 and <= 60 && char.IsUpper(piece[0]) && !piece.Any(char.IsDigit)
        && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && (NamesField(piece) || SubjectListEnd().IsMatch(piece))
        && !IsInstitution(piece) && Places.Score(piece) == 0 && SplitDegree(piece).Type is null && !Distinction().IsMatch(piece)
        && !MinorLabel().IsMatch(piece) && !Grade().IsMatch(piece) && !HonoursPiece().IsMatch(piece) && !FieldPartWord().IsMatch(piece);

    /// <summary>"Mathematics Minor", "Emphasis in Finance": a second subject named as a minor or a part of the degree.</summary>
    [GeneratedRegex(@"\b(?:minors?|concentrations?|emphasis|track|option|specialization|specialisation)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPartWord();

    /// <summary>"Data and Network Optimisation", "Electrónica y Mecatrónica": capitalised words joined by a list's last "and".</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*\s(?:and|y|e|et|und|i|en)\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*$")]
    private static partial Regex SubjectListEnd();

    /// <summary>"John Hopkins University: Full Stack web development": a colon after a school's name sets what was
    /// studied there apart.</summary>
    private static IEnumerable<string> SplitAfterSchool(string piece)
    {
        var colon = piece.IndexOf(": ", StringComparison.Ordinal);
        // "Ph.D.: Chemistry", "Postdoctoral: Harbour University": a degree before a colon sets apart what or where.
        if (colon > 2 && (IsSchoolName(piece[..colon]) || NamesWhereOf(piece[..colon], piece[(colon + 2)..])
            || Degree().Match(piece) is { Success: true } degree && degree.Length == colon))
        {
            yield return piece[..colon].Trim();
            yield return piece[(colon + 2)..].Trim();
        }
        else
        {
            yield return piece;
        }
    }

    /// <summary>"PhD in Cryptography University of Bristol", "Master of Science University of Leeds": with no stop, comma or
    /// dash anywhere before it, a school whose name opens with its school word ("University of", "Institute of") starts where
    /// that word stands after a degree and its field ("MSc, Physics; Delft University of Technology" has its parts already).</summary>
    private static string CommaBeforeSchool(string text) =>
        SchoolOpening().Match(text) is { Success: true, Index: > 0 } opening && SplitDegree(text[..opening.Index].Trim()).Type is not null
            && text[..opening.Index].IndexOfAny([',', ';', '|', '–', '—', '-', '.', ':', '·', '•', '(', ')']) < 0
            ? text[..opening.Index].TrimEnd() + "," + text[opening.Index..]
            : text;

    [GeneratedRegex(@"\s(?=(?:The\s+)?(?:University|Universidad|Universidade|Università|Université|Universität|Universiteit|Institute|College|School|Academy)\s+(?:of|de|di|del|della|des|du|for|at)\s+\p{Lu})")]
    private static partial Regex SchoolOpening();

    /// <summary>"Georgia Tech: Supply Chain Management certification": a short capitalised name before a colon, with a
    /// qualification after it, is where the qualification was taken (a label such as "Thesis:" or "Major:" is not).</summary>
    private static bool NamesWhereOf(string left, string right)
    {
        var words = left.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && words.All(w => char.IsUpper(w[0])) && !IsCourseList(left) && !AreaLabel().IsMatch(left + ": x")
            && FieldLabels.Of(left) == FieldLabels.Role.None && SplitDegree(WithoutFigures(right.Trim())).Type is not null && SplitDegree(left).Type is null;
    }

    /// <summary>"Pursuing", "Completed", and the French "Élève ingénieur", "Étudiant ingénieur" (an engineering student):
    /// how far along the degree is, said before it.</summary>
    [GeneratedRegex(@"^(?:(?:currently\s+)?(?:pursuing|completed|ongoing|appearing|cursando|cursou|conclu[íi]do|en curso|cursando actualmente)\s*:?\s+(?=\S)|(?:élève|étudiante?)\s+(?=ingénieur))", RegexOptions.IgnoreCase)]
    private static partial Regex Status();

    /// <summary>"CENTRINA (Cursando)", "Northgate College (in progress)": how far along the degree is, said in brackets
    /// after the name, is no part of it.</summary>
    [GeneratedRegex(@"\s*\((?:cursando|em andamento|em curso|incompleto|conclu[íi]do|trancado|ongoing|in progress|current|currently enrolled|expected|en curso|en cours|laufend|in corso|lopend|completed?)\)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingStatus();

    [GeneratedRegex(@"\s*\((?:cursando|em andamento|em curso|incompleto|completo|conclu[íi]do|trancado|ongoing|in progress|en curso|en cours|laufend|in corso|lopend|completed?)\)\s+(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex InnerStatus();

    /// <summary>"(04/19 - 08/10)" closing a piece: figures in brackets after a name are dates or marks the date reader
    /// did not take, not part of the name.</summary>
    private static string WithoutFigures(string piece) => piece.EndsWith(')') ? TrailingFigures().Replace(piece, "") : piece;

    [GeneratedRegex(@"\s*\([\d\s/.\-–]*\d[\d\s/.\-–]*\)")]
    private static partial Regex Figures();

    [GeneratedRegex(@"\s*\([^()]*\d[^()]*\)$")]
    private static partial Regex TrailingFigures();

    /// <summary>"Expected", "Graduation Date:": words that introduce a date, left over once the date is read.</summary>
    private static bool IsDateLabel(string piece) => DateLabel().IsMatch(piece);

    /// <summary>"https://www.uottawa.ca/en": a school's address, not its name ("B.Tech" reads as a domain but has no
    /// scheme, "www." or path).</summary>
    private static bool IsLink(string piece) => !piece.Contains(' ')
        && (piece.Contains("://", StringComparison.Ordinal) || piece.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || piece.Contains('/'))
        && ContactParser.Url().Match(piece) is { Success: true } m && m.Length == piece.Length;

    /// <summary>Also the words for "from" before a start alone ("Ab März 2026", "Since 2024", "Depuis 2023").</summary>
    [GeneratedRegex(@"^\(?(?:expected|anticipated|graduat(?:ion|ed|ing)|completed|completion|expected graduation|anticipated graduation|since|from|ab|seit|depuis|dès|desde|dal|vanaf|graduaci[óo]n(?:\s+(?:estimada|prevista|esperada))?|fecha\s+de\s+graduaci[óo]n|egreso(?:\s+previsto)?|titulaci[óo]n\s+prevista|voraussichtlich(?:er\s+abschluss)?|abschluss(?:\s+voraussichtlich)?|obtention\s+prévue|diplomation(?:\s+prévue)?|fin\s+prévue|prévu(?:e)?|conclus[ãa]o(?:\s+prevista)?|previs[ãa]o\s+de\s+conclus[ãa]o|formatura(?:\s+prevista)?|laurea\s+prevista|afstuderen(?:\s+verwacht)?|verwacht)(?:\s+date)?\s*:?\)?\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex DateLabel();

    /// <summary>"Full Stack Development at John Bryce", "IT study at the University of X in Amsterdam (The Netherlands)":
    /// the programme, then where (a trailing " in Town" is where the school is, not its name). A singular "study" after the
    /// field only says it was studied.</summary>
    [GeneratedRegex(@"^(?<what>\p{L}.{1,80}?)(?:\s+study)?\s+at\s+(?:the\s+)?(?<where>\p{Lu}[^,;]*?)(?:\s+in\s+\p{Lu}.*)?$")]
    private static partial Regex AtSchool();

    /// <summary>The same in German and Dutch, the school's noun after its article ("Bachelor an der HTW Kiel", "Sprachkurs
    /// an der VHS Köln", "Master Informatica aan de Universiteit Utrecht", "Abitur am Goethe-Gymnasium", an apprenticeship
    /// "bei Werner Antriebe GmbH"); a colon after the school may go on with the degree taken there ("Doppeldiplom an der
    /// TU Berlin: M.Sc. Elektrotechnik"). French and Italian say it with "à", "au" and "presso" ("Double diplôme à l'IAE de
    /// Grenoble", "Laurea presso l'Università di Pisa").</summary>
    [GeneratedRegex(@"^(?<what>\p{L}.{1,80}?)\s+(?:(?:an\s+(?:der|dem)|am|bei|aan\s+de|à\s+la|au|presso(?:\s+(?:la|il))?)\s+|(?:à|presso)\s+l['’]\s?)(?<where>\p{Lu}[^,;:]*?)(?:\s+in\s+\p{Lu}[^:]*)?(?::\s+(?<then>\S.*))?$")]
    private static partial Regex AnSchool();

    /// <summary>"Grade" ‖ "103/110", "Supervisor" ‖ "Ettore Vicari": a label set in a cell of its own (the label column of
    /// a moderncv entry, a table's first cell) with its value in the next, read as the two are when a colon joins them
    /// ("Grade: 103/110"); alone, "Grade" would read as the field and the value as nothing.</summary>
    private static List<string> LabelsWithValues(List<string> parts)
    {
        var result = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Trim();
            if (i + 1 < parts.Count && !part.Contains(':') && part.Count(c => c == ' ') < 3
                && (LabelledGrade().IsMatch(part + ": " + parts[i + 1].Trim()) || SupervisorNotes.Opens(part)))
            {
                part += ": " + parts[++i].Trim();
            }
            result.Add(part);
        }
        return result;
    }

    /// <summary>A part cut after a comma, a linking word or a dash ("Queensland University of" / "Technology",
    /// "University of Wisconsin–" / "Madison") runs on into the next part.</summary>
    private static List<string> JoinCutNames(List<string> parts)
    {
        var result = new List<string>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i].Trim();
            while (i + 1 < parts.Count && (CutName().IsMatch(part) || CarriedName().IsMatch(parts[i + 1].Trim()))
                && SplitDegree(parts[i + 1].Trim()).Type is null && DateParser.Find(parts[i + 1]) is null)
            {
                var next = parts[++i].Trim();
                part = part.EndsWith('–') || part.EndsWith('-') ? part + next : part + " " + next;
            }
            result.Add(part);
        }
        return result;
    }

    [GeneratedRegex(@"(?:,|\b(?:of|de|del|della|di|du|des|and|&|for|für|the|la|le|der|und|y|e|et|da|do|dos|das)|\p{L}[–-])$", RegexOptions.IgnoreCase)]
    private static partial Regex CutName();

    /// <summary>"Technische Fachschule für angewandte Elektronik" / "und Informatik Meknes", "Université Européenne" / "de
    /// Bretagne": a part opening with a linking word in small letters, then a capital, is the rest of the name cut above
    /// it where a narrow column wrapped; no name, degree or field starts so.</summary>
    [GeneratedRegex(@"^(?:of|de|del|della|di|du|des|and|for|für|der|und|y|e|et|da|do|dos|das)\s+\p{Lu}")]
    private static partial Regex CarriedName();

    /// <summary>The parts of a degree line. A semicolon parts coarser than a comma ("PhD, Physics; University of
    /// Leeds"), so it ends a piece too, except in a list of courses, whose items it separates.</summary>
    private static IEnumerable<string> SplitPieces(string text)
    {
        var separators = IsCourseList(text) ? PieceSeparators() : PieceOrClauseSeparators();
        foreach (var a in separators.Split(text).SelectMany(SplitSentences))
        {
            // "– B.Comm Financial Accountancy", "─ Mathematics": a dash opening a piece marks it as an item, like a bullet.
            var t = a.Trim().Trim(',', ';').Trim().Trim('-', '–', '—', '─').Trim();
            // "2005." once its year is read: a stop or a bracket alone is no piece.
            if (t.Any(char.IsLetterOrDigit))
            {
                yield return t;
            }
        }
    }

    /// <summary>"University of North Carolina at Chapel Hill. PhD in Philosophy", "Licentiate in Mathematics. Universidad
    /// Complutense de Madrid": a full stop after a whole word parts a school from its degree when what stands on one side
    /// of it is a school or a degree ("Univ. Grenoble", "Prof. Smart" stay whole: neither side is one).</summary>
    private static IEnumerable<string> SplitSentences(string piece)
    {
        var start = 0;
        foreach (Match stop in SentenceStop().Matches(piece))
        {
            var left = piece[start..stop.Index].Trim();
            var right = piece[(stop.Index + stop.Length)..].Trim();
            // "BSc. Chemical Eng.": the stop that closes a degree's abbreviation is part of it.
            // So is the one closing "M. Eng." or "B. Sc.", a degree's initials written with a space.
            var word = left[(left.LastIndexOf(' ') + 1)..];
            if (IsDegreeAbbreviation(word + ".") || IsDegreeAbbreviation(word) || left.Length <= 7 && IsDegreeAbbreviation(left + "."))
            {
                continue;
            }
            if (NamesSchoolOrDegree(left) || NamesSchoolOrDegree(FirstSentence(right)))
            {
                yield return left;
                start = stop.Index + stop.Length;
            }
        }
        yield return piece[start..];
    }

    private static string FirstSentence(string text) => SentenceStop().Match(text) is { Success: true } m ? text[..m.Index] : text;

    private static bool NamesSchoolOrDegree(string text) =>
        text.Length > 1 && (IsSchoolName(text) || Degree().Match(text) is { Success: true } m && (m.Length > 2 || text[..m.Length].All(char.IsUpper)) || EuropeanDegree().IsMatch(text));

    [GeneratedRegex(@"(?<=\b\p{L}{2,}\p{Ll})\.\s+(?=\p{Lu})")]
    private static partial Regex SentenceStop();

    private static bool IsPlaceLine(string text) =>
        (text.Contains(',') || text.Contains(' ')) && Places.Score(text) >= 3 && SplitDegree(text).Type is null && !IsInstitution(text)
        && Places.SplitTrailingPlace(text) is null;

    private static bool IsSchoolQualification(string piece)
    {
        // "First Diploma in Nursery Gardening at an agricultural college": a piece that reads as a qualification names one.
        if (QualifiedAward().Match(piece) is { Success: true } qualified && !InstitutionWord().IsMatch(qualified.Groups["type"].Value))
        {
            return true;
        }
        // "Senior School Certificate Examination": the school in an exam's name is the stage it closes.
        if (LeavingExam().IsMatch(piece))
        {
            return true;
        }
        // "Ensino médio (colégio objetivo)": a degree, then the school in brackets, names the degree first.
        if (piece.EndsWith(')') && SplitDegree(piece) is { Type: { } opening } && piece.Length > opening.Length
            && piece[opening.Length..].TrimStart().StartsWith('('))
        {
            return true;
        }
        var m = Degree().Match(piece);
        if (m.Success && piece[m.Length..].StartsWith(" in ", StringComparison.OrdinalIgnoreCase) && !piece.Contains(" at ", StringComparison.Ordinal))
        {
            return true; // "Diploma in Further Education College Teaching"
        }
        return m.Success && InstitutionWord().IsMatch(m.Value) && !InstitutionWord().IsMatch(piece[m.Length..]);
    }

    /// <summary>
    /// "Data Scientist with Python and R" / "Certification, Online Academy": an entry whose header says it is a
    /// certification (certified, certification, Zertifikat, certificado…) and names no degree and no school is a
    /// certificate listed under Education, not a degree; its first line names it. ("Certificate" alone is left to the
    /// degree reading: colleges award graduate certificates.)
    /// </summary>
    /// <summary>
    /// "Qualifications": "Certified Forklift Operator" / "First Aid at Work" / "BSc Hons Interactive Media - Eastbrook
    /// University - 2012-2015" / "Microsoft Certified: Azure Administrator Associate": a list of one-line items, at
    /// least two of which say they are credentials, with degrees among them. Each line is an item: the ones that name a
    /// degree or a school are education, the others certificates.
    /// </summary>
    private static (List<Resume.Model.Certificate> Certificates, List<TextLine> Degrees)? CredentialsAmongDegrees(IReadOnlyList<TextLine> lines)
    {
        var items = lines.Where(l => l.Text.Trim().Length > 0).ToList();
        if (items.Count < 3 || items.Count(l => Credentials.Says(l.Text)) < 2
            || items.Any(l => l.Text.Length > 90 || l.Segments.Count > 1 || l.HasGeometry && l.Right - l.Left > 0.75 * (l.ColumnRight - l.Left) || l.Text.TrimEnd().EndsWith('.')))
        {
            return null;
        }
        var degrees = items.Where(l => NamesDegree(l.Text) || SplitPieces(l.Text).Any(IsSchoolName)).ToList();
        var named = items.Except(degrees).Select(l => NamedItemParser.Parse([l.Text])).OfType<NamedItemParser.NamedItem>()
            .Select(i => new Resume.Model.Certificate { Name = i.Name, Issuer = i.By, Date = i.Date }).ToList();
        return degrees.Count == 0 || named.Count == 0 ? null : (named, degrees);
    }

    /// <remarks>A course platform or certifying body ("Coursera", "CompTIA"), an exam code or a credential's initials say
    /// so as well as the word does; such a platform named on its own line is the issuer, not a school. Under a heading
    /// shared with certificates, an entry that says nothing of itself is one too unless it reads as a degree.</remarks>
    private static Resume.Model.Certificate? Credential(Entry entry, bool sharedHeading)
    {
        if (entry.Parts.Count == 0
            || !entry.Parts.Any(p => CredentialWord().IsMatch(p) || Credentials.Says(p))
                && !(sharedHeading && entry.Parts.All(p => SplitDegree(p).Type is null))
            || entry.Parts.Any(p => NamesDegree(p) || SplitPieces(p).Any(s => IsSchoolName(s) && !Credentials.Says(s)) || NamesWhereBeforeColon(p)))
        {
            return null;
        }
        // "Certification, Online Academy": a line that is the word and at most an issuer labels the entry; the name is
        // on another line.
        var name = (entry.Parts.FirstOrDefault(p => !IsCredentialLabel(p)) ?? entry.Parts[0]).Trim();
        // "Chartered Accountant, Institute of Chartered Accountants": its issuer set after it on the line is not its name.
        string? issuer = null;
        if (name.LastIndexOf(", ", StringComparison.Ordinal) is > 0 and var comma && name[(comma + 2)..].Split(' ').Length <= 5)
        {
            (name, issuer) = (name[..comma].Trim(), name[(comma + 2)..].Trim());
        }
        return name.Length < 3 ? null : new Resume.Model.Certificate { Name = name, Issuer = issuer, Date = entry.Dates?.EntryEnd };
    }

    /// <summary>"Harbor Tech: Supply Chain Management certification": the place that taught it, named before a colon,
    /// makes it a course of study there.</summary>
    private static bool NamesWhereBeforeColon(string part) =>
        part.IndexOf(':') is > 0 and var colon && !CredentialWord().IsMatch(part[..colon]) && NamesWhereOf(part[..colon].Trim(), part[(colon + 1)..]);

    private static bool IsCredentialLabel(string part) =>
        CredentialWord().IsMatch(part) && part.Split([' ', ',', '-', '–', '|', '·'], StringSplitOptions.RemoveEmptyEntries).Length <= 2;

    [GeneratedRegex(@"\b(?:certified|certification|zertifikat|zertifizierung|certificado|certificação|certificación|certificazione|certificat)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CredentialWord();

    /// <summary>
    /// A degree named anywhere in a text, not only where a line opens with one: the one vocabulary of degrees
    /// (<see cref="Degree"/>, <see cref="EuropeanDegree"/>) read from the start of each word. What colleges also give and
    /// course platforms give too (a certificate, a certification, a nanodegree, an exchange semester) does not count
    /// here, nor the words that end credentials' names ("Associate", "Specialist") or name a trade ("Técnico",
    /// "Ausbildung"), nor a short abbreviation in lower case, which reads as an everyday word ("as", "ma").
    /// </summary>
    private static bool NamesDegree(string text)
    {
        foreach (var i in WordStarts(text))
        {
            var m = DegreeAt(text, i);
            // "Full UK Driving Licence", "Practising Licence": a licence named last, after what it permits, is a permit;
            // the French degree opens its line ("Licence en droit", "Licence professionnelle").
            var permit = i > 0 && m.Success && m.Value.Trim().Equals("licence", StringComparison.OrdinalIgnoreCase) && text.AsSpan(i).Trim().Length == m.Value.Trim().Length;
            if (m.Success && !permit && !NotDegreeAnywhere().IsMatch(m.Value.Trim()) && !(m.Value.Length <= 3 && m.Value.All(c => !char.IsUpper(c))))
            {
                return true;
            }
        }
        return DegreeAlone().IsMatch(text);
    }

    /// <summary>Where each word of a text begins: the degree vocabularies are read from there, not from inside a word.</summary>
    private static IEnumerable<int> WordStarts(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsLetter(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])))
            {
                yield return i;
            }
        }
    }

    /// <summary>The degree (in the English or the European vocabulary) that a text names from position <paramref name="i"/> on.</summary>
    private static Match DegreeAt(string text, int i)
    {
        var m = Degree().Match(text, i, text.Length - i);
        return m.Success ? m : EuropeanDegree().Match(text, i, text.Length - i);
    }

    [GeneratedRegex(@"^(?:(?:graduate |professional )?certificate|certification|nanodegree|exchange.*|study abroad|semester abroad|post-?doc.*|specialist|associate|associates|associate's|(?:b|m)\.?\s?(?:a|s|e|n)|a\.?a\.?s?\.?|a\.?s\.?|class .*|técnico.*|tecnólogo|technicien.*|ausbildung.*|lehre als .*|umschulung|fernstudium|auslandssemester|intercambio|intercâmbio|erasmus\+?|semestre.*|[ée]change.*|ingénieur|ingenieur|ingenier[íioa]+|cfc|bts|dut|mbo|havo|vwo|hbo.*|wo.*|propedeuse|bac(?: ?\+ ?\d)?|grado|md|jd|ged|puc|studium|curso.*|tec\.|matric|vocational training|(?:10|12)th.*|dts|dea|d\.u\.)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotDegreeAnywhere();

    /// <summary>Degree words that the line-start vocabulary holds only inside longer names ("Associate Degree", "High School
    /// Diploma", "BSc (Hons)"): alone they name a degree anywhere too.</summary>
    [GeneratedRegex(@"\b(?:degree|high school|hons|diplom|baccalaureat|(?:b|m)\.?\s?(?:a|s))\b", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeAlone();

    /// <summary>A header line that names a school (not a qualification that has the word in it, "High School Diploma").</summary>
    /// A line that opens with a supervisor's label ("Supervisor ‖ Ettore Vicari, professor at Università di Pisa") says
    /// who supervised the degree above; the school it names is where that person works.
    private static bool NamesSchool(TextLine line) => !SupervisorNotes.Opens(line.Segments[0].Text) && SplitPieces(line.Text).Any(IsSchoolName);

    /// <summary>A piece that names a school: it has a school word, is not a qualification named after one ("High School
    /// Diploma"), and is not a phrase about one ("graduated with university honours"): a name opens with a capital, or
    /// with its school word, or with an article.</summary>
    private static bool IsSchoolName(string piece) =>
        IsInstitution(piece) && !IsSchoolQualification(piece)
        && !LowerPhrase().IsMatch(piece);

    /// <summary>"graduated with university honours": a piece opening with a lower-case word (not an article or the school
    /// word itself) is a phrase about a school.</summary>
    [GeneratedRegex(@"^(?!(?:the|la|le|les|el|il|die|der|de|des|du|university|college|school|institute|academy)\s)\p{Ll}{3,}\s")]
    private static partial Regex LowerPhrase();


    /// <summary>A line that names a degree for a reader that has no heading to go by: the French "Ingénieur" names the
    /// degree in a list of schooling, but far more often a job ("Ingénieur logiciel") in a row of a table.</summary>
    public static bool NamesDegreeOutsideEducation(string text) =>
        SplitDegree(text).Type is { } type && !type.StartsWith("ingénieur", StringComparison.OrdinalIgnoreCase)
        && !type.StartsWith("ingenier", StringComparison.OrdinalIgnoreCase) && !type.StartsWith("ingenieur", StringComparison.OrdinalIgnoreCase);

    public static bool IsInstitution(string text)
    {
        // "Desert Hills High": a school named by its place and "High" alone.
        if (InstitutionWord().IsMatch(text) || text.EndsWith(" High", StringComparison.Ordinal) && text.Count(c => c == ' ') is >= 1 and <= 4)
        {
            return true;
        }
        var lower = text.ToLowerInvariant();
        return ProviderNames.Any(p => lower.StartsWith(p, StringComparison.Ordinal));
    }

    /// <summary>"MSc in Computer Science" → ("MSc", "Computer Science"); "Bachelor of Commerce" → ("Bachelor of Commerce", null).</summary>
    /// <summary>"Degree as typed, Field": the first comma part names a degree (its words say so), the parts after it,
    /// less honours, are the field; none of them a school, a place or a date.</summary>
    private static (string Type, string? Area)? DegreeThenField(string text)
    {
        var parts = CommaParts(text);
        if (parts.Length < 2 || parts[0].Any(char.IsDigit) && !Degree().IsMatch(parts[0])
            || SplitDegree(parts[0]).Type is null && !AwardWord().IsMatch(parts[0]))
        {
            return null;
        }
        var field = parts[1..].Where(p => !Distinction().IsMatch(p) && !HonoursPiece().IsMatch(p)).Select(WithoutBrackets).ToList();
        if (field.Count == 0 || parts[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5 || IsInstitution(parts[0]) || SplitPieces(parts[0]).Any(IsSchoolName)
            || field.Any(p => SplitDegree(p).Type is not null || AwardWord().IsMatch(p))
            || field.Any(p => p.Any(char.IsDigit) || IsInstitution(p) || ShortSchoolWord().IsMatch(p) || p.Split(", ").Any(q => Places.Score(q) > 0) || MinorLabel().IsMatch(p) || Grade().IsMatch(p)))
        {
            return null;
        }
        return (parts[0], string.Join(", ", field));
    }

    /// <summary>"(3.8/4.0) BSc" once its grade is read: a bracket left without its pair goes; a pair stays.</summary>
    private static string Unpaired(string text)
    {
        if (text.StartsWith('(') && !text.Contains(')'))
        {
            text = text[1..].Trim();
        }
        if (text.EndsWith(')') && !text.Contains('('))
        {
            text = text[..^1].Trim();
        }
        return text.Trim(',', '|').Trim();
    }

    /// <summary>"Baccalauréat, (Mathématiques, Physique-Chimie)" once its honours are read: the subjects in their brackets.</summary>
    private static string WithoutBrackets(string part) =>
        part.Length > 2 && part[0] == '(' && part[^1] == ')' && part.IndexOf(')') == part.Length - 1 ? part[1..^1].Trim() : part;

    /// <summary>"Ingénieur ISRV (Image, Son et Vidéo), Informatique": the parts between commas, a comma inside brackets
    /// being part of what they hold.</summary>
    private static string[] CommaParts(string text)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            depth += text[i] switch { '(' => 1, ')' when depth > 0 => -1, _ => 0 };
            if (depth == 0 && text[i] == ',' && i + 1 < text.Length && text[i + 1] == ' ')
            {
                parts.Add(text[start..i].Trim());
                start = i + 2;
            }
        }
        parts.Add(text[start..].Trim());
        return parts.Where(p => p.Length > 0).ToArray();
    }

    [GeneratedRegex(@"\b(?:degree|diploma|certificate|grado|licenciatura|licentiate|técnico|tecnólogo|curso|bacharelado|mestrado|doutorado|maestría|doctorado|diplôme|licence)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AwardWord();

    /// <summary>"Univ. Merriam Falls": a school named with its school word shortened, which no field of study opens with.</summary>
    [GeneratedRegex(@"^(?:univ|inst|coll|acad|polytech)\.\s", RegexOptions.IgnoreCase)]
    private static partial Regex ShortSchoolWord();

    [GeneratedRegex(@"^(?:with\s+(?:high(?:est)?\s+)?(?:distinction|honou?rs|merit)|(?:summa|magna)?\s*cum\s+laude|first\s+class(?:\s+honou?rs)?|graduated\s+with.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex HonoursPiece();

    public static (string? Type, string? Area) SplitDegree(string text)
    {
        // "Integrated PhD in Mathematics", "Part-time PGDip in Health Data Analytics": a word on how the degree was taken
        // stands before it and belongs to it.
        // "11 GCSEs", "3 A-levels": how many subjects were passed, said before the school-leaving exams, is no part of them.
        if (ExamCount().Match(text) is { Success: true } count)
        {
            text = text[count.Length..];
        }
        var mode = DegreeMode().Match(text);
        var from = mode.Success ? mode.Length : 0;
        var m = LongerDegree(text[from..]);
        if (!m.Success && from > 0)
        {
            from = 0;
            m = LongerDegree(text);
        }
        if (!m.Success)
        {
            // "Degree (BSc) in Applied Mathematics", "Diploma (MSc) in Geology": a plain word for a degree made one by its
            // abbreviation in brackets, then the field.
            if (NamedByAbbreviation().Match(text) is { Success: true } named && IsDegreeAbbreviation(named.Groups["abbr"].Value))
            {
                return (named.Groups["type"].Value.Trim(), named.Groups["area"].Value.Trim());
            }
            return AwardOfField(text);
        }
        var type = text[..(from + m.Length)].Trim().TrimEnd(',');
        var rest = text[(from + m.Length)..].Trim();
        var hons = Honours().Match(rest);
        if (hons.Success)
        {
            type += " " + hons.Value.Trim();
            rest = rest[hons.Length..].Trim();
        }
        // "Máster Universitario en …", "Master Studium Automatisierungstechnik", "Studium zum Ingenieur", "Diplôme d'études
        // collégiales (DEC)": a word saying what kind of course the degree is, or what it leads to, still names the
        // degree; the field is what comes after it.
        if (DegreeQualifier().Match(rest) is { Success: true } qualifier)
        {
            type += " " + qualifier.Value.Trim();
            rest = rest[qualifier.Length..].Trim();
        }
        // "Diplom-Ingenieur (FH) Maschinenbau", "Bachelor (BA) Sozialwesen": the kind of school that awards a German
        // degree, in brackets after it, is part of the degree's name.
        if (SchoolKindMark().Match(rest) is { Success: true } mark)
        {
            type += " " + mark.Value.Trim();
            rest = rest[mark.Length..].Trim();
        }
        // "Hochschulreife / Abitur": the same degree named two ways either side of a slash is one degree.
        if (rest.StartsWith('/') && SplitDegree(rest[1..].Trim()) is { Type: { } other, Area: null } && other.Length == rest[1..].Trim().Length)
        {
            type += " " + rest;
            rest = "";
        }
        // "Master of Science (M.S.)": the degree's own abbreviation in brackets after its name is part of it.
        var abbreviation = BracketedAbbreviation().Match(rest);
        if (abbreviation.Success && IsDegreeAbbreviation(abbreviation.Value.Trim().Trim('(', ')')))
        {
            type += " " + abbreviation.Value.Trim();
            rest = rest[abbreviation.Length..].Trim();
        }
        rest = rest.TrimStart(',', ':', '-', '–', '—').Trim();
        // "in", "of" and the other languages' words for them: "Grado en Derecho", "Mestrado em Economia", "für",
        // "Burgerlijk Ingenieur in de Computerwetenschappen", "Master in der Informatik", "Laurea di primo livello",
        // "Licenciatura de Direito", "Bacharelado do Direito".
        foreach (var linking in LinkingWords)
        {
            if (rest.StartsWith(linking, StringComparison.OrdinalIgnoreCase))
            {
                rest = rest[linking.Length..].Trim();
                break;
            }
        }
        // "Specialist (Information technologies)", "B.E(CSE)": a field wholly in brackets after the degree.
        if (rest.Length > 2 && rest[0] == '(' && rest[^1] == ')' && rest.IndexOf(')') == rest.Length - 1)
        {
            rest = rest[1..^1].Trim();
        }
        // "Bachelor of Science in Nursing (BScN) Degree": the degree's abbreviation and the word "Degree" after the field
        // name the degree again; the field is what stands before them.
        var tail = DegreeAfterField().Match(rest);
        if (tail.Success && tail.Index > 0 && (tail.Groups["abbr"] is not { Success: true } abbr || IsDegreeAbbreviation(abbr.Value)))
        {
            if (tail.Groups["abbr"].Success && !type.Contains('('))
            {
                type += " (" + tail.Groups["abbr"].Value + ")";
            }
            rest = rest[..tail.Index].TrimEnd(' ', ',');
        }
        // "PhD Candidate": where the degree stands, said after it, is part of it.
        if (CandidateWord().Match(rest) is { Success: true } standing)
        {
            type += " " + standing.Groups["word"].Value;
            rest = rest[standing.Length..].TrimStart(',', ' ', '-', '–');
        }
        // "GCSE C’s and D’s in Maths and English": letter grades before the subjects are marks, not the field.
        rest = GradeLetters().Replace(rest, "");
        // "Diploma awarded", "MBA expected": a word on what became of the degree is no field.
        if (rest.Length > 2 && rest.EndsWith("ed", StringComparison.Ordinal) && rest.All(char.IsLower))
        {
            rest = "";
        }
        return (type, rest.Length > 0 ? rest : null);
    }

    /// <summary>The degree named at the line's opening: of the English and the European grammar, the one that reads more of
    /// it ("Diploma di maturità" is one degree, not a diploma in "maturità").</summary>
    private static Match LongerDegree(string text)
    {
        var english = Degree().Match(text);
        var european = EuropeanDegree().Match(text);
        return european.Success && (!english.Success || european.Length > english.Length) ? european : english;
    }

    /// <summary>The words that link a degree to its field, in the languages the lexicon reads: "in", "of", "Grado en
    /// Derecho", "Mestrado em Economia", "für", "Burgerlijk Ingenieur in de Computerwetenschappen", "Laurea di primo livello",
    /// "Licencjat z Pielęgniarstwa", and the words that name the field as the degree's option or track ("Baccalauréat
    /// général option Mathématiques", "Bachillerato especialidad en Ciencias", "Diploma di maturità indirizzo Scientifico").</summary>
    private static readonly string[] LinkingWords =
    [
        "in de ", "in der ", "in ", "of ", "en ", "em ", "für ", "im ", "de ", "di ", "del ", "da ", "do ", "z ", "ze ", "w zakresie ",
        "option ", "options ", "série ", "serie ", "spécialité ", "filière ", "mention ", "especialidad en ", "especialidad ", "modalidad ",
        "mención en ", "ênfase em ", "habilitação em ", "indirizzo ", "opzione ", "mit schwerpunkt ", "schwerpunkt ", "fachrichtung ",
        "studienrichtung ", "richting ", "profiel ",
    ];

    [GeneratedRegex(@"^\((?:FH|TH|TU|Uni|BA|DH|HAW|HS|PH)\)(?=\s|$)")]
    private static partial Regex SchoolKindMark();

    [GeneratedRegex(@"^(?<type>\p{L}[\p{L}'’]{1,20}(?:\s+\p{L}[\p{L}'’]{1,20})?\s*\((?<abbr>[^()]{2,10})\))\s+(?:in|of|en|em|in de|di|de)\s+(?<area>\p{L}.{1,80})$")]
    private static partial Regex NamedByAbbreviation();

    [GeneratedRegex(@"^(?:\p{Lu}[\p{L}'’.&/-]*\s+(?:(?:of|and|for|the|in)\s+)?){1,7}(?i:certificate\s+(?:of\s+(?:\p{L}+\s+)?education|examinations?|exams?)|leaving\s+(?:certificate|examinations?|exams?))(?:\s*\(\p{Lu}{2,8}\))?$")]
    private static partial Regex LeavingExam();

    [GeneratedRegex(@"^\d{1,2}\s+(?=(?:gcses?|igcses?|a-levels?|a levels|as-levels?|as levels|o-levels?|o levels|highers|advanced highers|standard grades|national 5s?)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex ExamCount();

    [GeneratedRegex(@"^(?:integrated|part[- ]time|full[- ]time|joint|dual|double|combined|accelerated|executive|online|distance|erasmus\+?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeMode();

    [GeneratedRegex(@"^(?:[A-G]\*?(?:['’]?s)?(?:\s*(?:,|and|&|-|–|to)\s*|\s+))+in\s+(?=\p{L})")]
    private static partial Regex GradeLetters();

    /// <summary>Degrees named around their field rather than before it: "Business Analytics (BS)", "Supply Chain
    /// Management certification", "Engineer Degree in Computer Science", "BTEC Higher National Diploma in Software
    /// Development": an award word or a degree's abbreviation says which part is the qualification.</summary>
    private static (string? Type, string? Area) AwardOfField(string text)
    {
        // "West African Senior School Certificate Examination", "Kenya Certificate of Secondary Education (KCSE)": a
        // school-leaving exam is named whole, country and stage and all; none of its words is a field of study.
        if (LeavingExam().IsMatch(text))
        {
            return (text.Trim(), null);
        }
        if (QualifiedAward().Match(text) is { Success: true } qualified)
        {
            return (qualified.Groups["type"].Value.Trim(), qualified.Groups["area"].Value.Trim());
        }
        var tail = DegreeAfterField().Match(text);
        if (tail.Success && tail.Index > 2 && char.IsLetter(text[0]))
        {
            var area = text[..tail.Index].TrimEnd(' ', ',', '-', '–');
            if (tail.Groups["abbr"].Success && IsDegreeAbbreviation(tail.Groups["abbr"].Value))
            {
                return (tail.Groups["abbr"].Value, area);
            }
            if (tail.Groups["award"].Success && !tail.Groups["abbr"].Success && area.Count(c => c == ' ') < 8)
            {
                return (tail.Groups["award"].Value, area);
            }
        }
        // "Computer Science BSc", "Mechanical Engineering MEng (Hons)": British and Irish lines name the subject first and
        // the degree's initials last. The initials must be written as a degree's (capitals, or a stop), and the words
        // before them a subject, not a school ("Harvard MBA" names where, not what).
        if (TrailingInitials().Match(text) is { Success: true } initials && initials.Index > 2
            && IsDegreeAbbreviation(initials.Groups["abbr"].Value) && initials.Groups["abbr"].Value.Skip(1).Any(c => char.IsUpper(c) || c == '.')
            && text[..initials.Index].TrimEnd(' ', ',', '-', '–') is { Length: > 2 } subject && char.IsUpper(subject[0])
            && !subject.Any(char.IsDigit) && !IsSchoolName(subject) && subject.Count(c => c == ' ') < 6
            // "Minneapolis, MN": a town and its state's code are a place, not a subject and its degree.
            && Places.Score(text) < 3)
        {
            var degree = initials.Groups["abbr"].Value + (initials.Groups["hons"].Success ? " " + initials.Groups["hons"].Value : "");
            return (degree, subject);
        }
        return (null, null);
    }

    [GeneratedRegex(@"\s(?<abbr>[\p{L}.]{2,7})(?:\s+(?<hons>\((?i:hons|honours|honors)\)))?$")]
    private static partial Regex TrailingInitials();

    /// <summary>"BS", "BScN", "M.Ed.", "PhD": a degree's abbreviation (a bracket holding an institution's, "(UCL)", or a
    /// field's, "(CSE)", is not one).</summary>
    private static bool IsDegreeAbbreviation(string text)
    {
        var t = text.Trim();
        return Degree().Match(t) is { Success: true } m && m.Length == t.Length || DegreeInitials().IsMatch(t) || GermanDoctorate().IsMatch(t);
    }

    /// <summary>"Dr. rer. nat.", "Dr.-Ing.", "Dr. phil.": the German doctorates, named by the faculty that awards them.</summary>
    [GeneratedRegex(@"^Dr\.?\s?-?\s?(?:rer\.?\s?(?:nat|pol|oec|medic|soc)|phil|med(?:\.?\s?dent)?|ing|jur|oec|theol|sc\.?\s?(?:nat|techn)?)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanDoctorate();

    [GeneratedRegex(@"^[BMD]\.?\s?[A-Z][A-Za-z]{0,3}\.?(?:[A-Z][a-z]?\.?)?$")]
    private static partial Regex DegreeInitials();

    [GeneratedRegex(@"\s*\((?<abbr>[A-Za-z. -]{2,14})\)(?:\s+(?i:degree))?$|\s+(?<award>(?i:degree|diploma|certificate|certification))$")]
    private static partial Regex DegreeAfterField();

    /// <summary>"Graduate Degree in Law", "City and Guilds Level 3 Diploma in Social Media", "Pearson EDI Level 3 Diploma for
    /// IT Users", "NCFE Level 2 Award in Job Search", "Single Subject Teaching Credential in Science": capitalised words (an
    /// awarding body's name, a level and its number), an award word, then what it is in.</summary>
    [GeneratedRegex(@"^(?<type>\p{Lu}[\p{L}'’.&-]*\s+(?:(?:\p{Lu}[\p{L}'’.&-]*|\d{1,2}|and|&)\s+){0,6}(?:(?i:degree|diploma|certificate)|(?i:award|credential)(?=\s+in\s)))\s+(?:(?i:in|of)|for(?=\s+\p{Lu}))\s+(?<area>\p{L}.*)$")]
    private static partial Regex QualifiedAward();

    private static readonly HashSet<string> SubjectWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "science", "sciences", "engineering", "studies", "mathematics", "maths", "math", "physics", "chemistry", "biology",
        "economics", "finance", "accounting", "management", "business", "design", "technology", "education", "law",
        "medicine", "nursing", "psychology", "history", "philosophy", "english", "arts", "art", "music", "statistics",
        "marketing", "informatics", "computing", "architecture", "linguistics", "sociology", "geography", "literature",
        // The same subjects in the other languages the parser reads: "Industriële Wetenschappen", "Ciencias Naturales".
        "wetenschappen", "wetenschap", "wissenschaft", "wissenschaften", "informatica", "informatique", "informatik",
        "informática", "ingeniería", "ingegneria", "engenharia", "ingenieurwesen", "elektrotechnik", "maschinenbau",
        "wirtschaft", "economía", "economia", "économie", "derecho", "direito", "diritto", "droit", "medicina", "médecine",
        "medizin", "geneeskunde", "matemáticas", "matemática", "matematica", "mathématiques", "mathematik", "wiskunde",
        "física", "fisica", "physique", "physik", "natuurkunde", "química", "chimica", "chimie", "chemie", "scheikunde",
        "biología", "biologia", "biologie", "ciencias", "ciências", "scienze", "sociologie", "soziologie", "sociología",
        "sociologia", "psicología", "psicologia", "psychologie", "gestion", "administración", "administração", "lettres",
        "letras", "geschichte", "histoire", "historia", "storia", "filosofía", "filosofia", "philosophie", "pädagogik",
        "educación", "educação", "enfermería", "enfermagem", "arquitectura", "architettura", "architektur", "comunicación",
        "comunicação", "betriebswirtschaft", "betriebswirtschaftslehre", "volkswirtschaftslehre", "rechtswissenschaft",
    };

    /// <summary>"Elektrotechnik", "Wirtschaftsinformatik", "Rechtswissenschaften", "Bedrijfskunde": German and Dutch join a
    /// subject onto the words before it, so the subject is how the word ends.</summary>
    private static bool IsSubjectWord(string word) =>
        SubjectWords.Contains(word) || word.Length > 8 && SubjectEnding().IsMatch(word);

    [GeneratedRegex(@"(?:wissenschaften?|wetenschap(?:pen)?|technik|techniek|informatik|kunde|wirtschaft|wesen|lehre)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectEnding();

    /// <summary>The pieces from <paramref name="k"/> on are a country, or a town or two and then a country.</summary>
    private static bool EndsInCountry(List<string> pieces, int k) =>
        pieces.Count - k is >= 1 and <= 3 && pieces[^1].Length > 2 && Places.IsCountry(pieces[^1])
        && pieces.Skip(k).SkipLast(1).All(p => IsTownName(p) && !IsInstitution(p) && DateParser.Find(p) is null);

    /// <summary>One or two capitalised words (a country in brackets after them allowed) that no subject, degree, school
    /// or abbreviation reads in: a town's name.</summary>
    private static bool IsTownUnderSchool(string line)
    {
        if (TrailingParen().Match(line) is { Success: true } paren && paren.Index > 0 && Places.IsCountry(paren.Groups[1].Value.Trim()))
        {
            line = line[..paren.Index].Trim();
        }
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is 1 or 2
            && words.All(w => w.Length >= 3 && char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower) && w.All(c => char.IsLetter(c) || c is '-' or '\''))
            && !words.Any(w => IsSubjectWord(w) || FieldEnding().IsMatch(w) || NounEnding().IsMatch(w) || FieldNames.Contains(w))
            && SplitDegree(line).Type is null && !IsInstitution(line) && !NamesField(line);
    }

    /// <summary>How the names of fields of study end in the languages read here ("Kinesiology", "Robotics",
    /// "Communication", "Humanities", "Journalism", "Pharmacy", "Agriculture").</summary>
    [GeneratedRegex(@"(?:olog(?:y|ie|ía|ia)|ics|ik|ique|ica|ism|ismus|ismo|istry|omy|omie|tions?|ción|ção|zione|ity|ies|acy|ure|ura|ing|sciences?|therap(?:y|ie|ia)|pflege)$", RegexOptions.IgnoreCase)]
    private static partial Regex FieldEnding();

    /// <summary>Fields of one short word, and languages studied, that no ending tells.</summary>
    private static readonly HashSet<string> FieldNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "media", "film", "drama", "theatre", "theater", "dance", "french", "german", "spanish", "italian", "chinese",
        "japanese", "russian", "arabic", "portuguese", "latin", "greek", "classics", "korean", "dutch", "polish", "hindi",
        "commerce", "humanities", "hospitality", "tourism", "fashion", "photography", "cooking", "welding", "carpentry",
        "plumbing", "cosmetology", "culinary", "aviation", "forestry", "fisheries", "veterinary", "dentistry", "pharmacy",
        "sport", "sports", "arts", "bwl", "vwl", "jura", "germanistik", "anglistik", "romanistik",
    };

    /// <summary>A town or campus after an institution's name, not a field of study.</summary>
    private static bool IsCampus(string piece)
    {
        if (Places.Score(piece) > 0)
        {
            return true;
        }
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 1 && char.IsUpper(words[0][0]) && !IsSubjectWord(words[0]) && SplitDegree(piece).Type is null
            && !words[0].Any(char.IsDigit);
    }

    /// <summary>A piece named by subject words ("Computer Science"), or a programme named by its own word ("Danish language
    /// course", "Front-End Development Program"): what was studied, not where.</summary>
    private static bool NamesField(string piece) =>
        (piece.Split([' ', ',', '&', '/'], StringSplitOptions.RemoveEmptyEntries).Any(IsSubjectWord) || ProgrammeWord().IsMatch(piece))
        && !IsInstitution(piece);

    [GeneratedRegex(@"\s(?:course|courses|program|programme|training)$", RegexOptions.IgnoreCase)]
    private static partial Regex ProgrammeWord();

    /// <summary>"Orsys", "Harbour Polytechnic": a short name in capitals, which may be a school's as well as initials.</summary>
    private static bool IsProperName(string piece) =>
        piece.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } words && words.All(w => char.IsUpper(w[0])) && !NamesField(piece)
        && SplitDegree(piece).Type is null;

    private static bool IsInitials(string piece) =>
        piece.Length is >= 3 and <= 8 && piece.All(char.IsUpper) && Places.Score(piece) == 0 && !IsDegreeAbbreviation(piece) && SplitDegree(piece).Type is null;

    private static bool IsTownName(string piece)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '.' or '-' or '\''))
            && !words.Any(IsSubjectWord) && SplitDegree(piece).Type is null;
    }

    /// <summary>"University of Leeds (Leeds)": the town in brackets after an institution is where it is, not part of
    /// its name; an abbreviation in brackets ("(UCL)") is.</summary>
    private static string WithoutTown(string institution)
    {
        var m = TrailingParen().Match(institution);
        if (!m.Success || m.Index == 0)
        {
            return institution;
        }
        var inside = m.Groups[1].Value.Trim();
        return inside.Length > 0 && !inside.All(c => char.IsUpper(c) || !char.IsLetter(c)) && IsCampus(inside)
            ? institution[..m.Index].TrimEnd(' ', ',')
            : institution;
    }

    [GeneratedRegex(@"\s*\(([^()]+)\)$")]
    private static partial Regex TrailingParen();

    private static bool IsCourseList(string text) =>
        text.StartsWith("Courses", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Course work", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Coursework", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("Relevant", StringComparison.OrdinalIgnoreCase) || text.StartsWith("Thesis", StringComparison.OrdinalIgnoreCase)
        || CourseListOpening().IsMatch(text);

    /// <summary>"Selected coursework", "Key modules", and the other languages' names for the courses taken and the thesis
    /// written ("Cours suivis", "Asignaturas", "Disciplinas", "Vakken", "Masterarbeit", "Mémoire", "Tesi"): a list or a
    /// note under a degree, not a degree of its own.</summary>
    [GeneratedRegex(@"^(?:(?:selected|key|main|major|core|notable|related|completed)\s+(?:course\s?work|courses|modules|subjects)|cours suivis|matières|asignaturas|materias|disciplinas|cadeiras|vakken|esami|materie|fächer|schwerpunkte|(?:bachelor|master|diplom|abschluss)arbeit|mémoire|tesis|tese|tesi|scriptie|afstudeerwerk)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CourseListOpening();

    [GeneratedRegex(@"\b(?:university|universit[yéàä]t?|universidad|universidade|università|universiteit|uniwersytet|college|institute|institut|instituto|school|academy|akademie|polytechnic|politecnico|polytechnique|conservatory|seminary|akademia|accademia|academia|politechnika|szko[łl]a|liceum|technikum|univerzita|universitatea|egyetem|yliopisto|[üu]niversitesi|universitat|\p{L}*schule|\p{L}*akademie|\p{L}+universiteit|\p{L}*hogeschool|\p{L}+universitet|\p{L}*gymnasium|\p{L}*kolleg|école|ecole|lycée|lycee|escuela|escola|faculdade|facultad|scuola|liceo|liceu|col[eé]gio|istituto|hogeschool|bootcamp|iit|mit|ucla|nyu|eth|ies|cifp|iut|itis|iis|htl|hak|bbs"
        + @"|университет|університет|институт|інститут|академия|академія|колледж|коледж|училище|ліцей|лицей|університету|университета|πανεπιστήμιο|πολυτεχνείο)\b"
        // A school's name in Chinese, Japanese or Korean ends on the word for its kind, with no space before it.
        + @"|\p{Lo}(?:大学|大學|学院|學院|学校|學校|中学|中學|高中|学園|高校|大学院|대학교|대학원|대학|고등학교|학교|캠퍼스)", RegexOptions.IgnoreCase)]
    private static partial Regex InstitutionWord();

    [GeneratedRegex(@"^(?:master\s+[12](?=\s+(?:in|of|en)\s)|licentiate|licenciate|(?:bachelor|master|doctor|associate)(?:['’]?s)?(?:\s+of\s+(?:the\s+)?(?:science|arts|engineering|technology|commerce|business administration|business|education|fine arts|laws|law|philosophy|music|architecture|applied sciences?|computer science|sciences|computing|nursing|public health|information technology|economics|social work|medicine|surgery|pharmacy|design|accountancy|occupational studies|professional studies|liberal studies|general studies|applied arts|divinity|letters))?(?:\s+degree)?|juris doctor|(?:higher|senior) secondary(?: school)?(?: certificate| education)?|secondary school certificate|class (?:x|xii|10|12)(?:th)?|hsc|ssc|sslc|hslc|hsslc|puc|matriculation|matric|f\.?\s?sc\.?|i\.?\s?com\.?|(?:10|12)th(?:\s+(?:grade|standard|std\.?))?|intermediate(?=\s*(?:\(|$))|high ?school (?:degree|graduate)|highschool|vocational training|(?:advanced?|ordinary) level(?: certificate)?|(?:nvq|svq|gnvq)(?:\s+level\s+\d)?|specialist(?=\s*\(|\s+(?:degree|in|of)\b)|(?:b|m)\.?\s?(?:sc|s\.?e|a\.?sc|s|a|eng|tech|comm?|ed|fa|ba|phil|res|pharm|arch|des|mus|n|sn|e)\.?(?=[\s,(:]|$|(?<=\.)\p{Lu})|ph\.?\s?d\.?|d\.?\s?phil\.?|pharm\.?\s?d|dnp|msn|bsn|adn|asn|aas|mba|emba|bba|bsc|msc|beng|meng|btech|mtech|mphil|mmath|mchem|mphys|msci|llb|llm|ll\.\s?[bm]\.?|jd|md|pgce|pgde|pgdip|pgcert|hnd|hnc|gcses?|a-levels?|a levels|as-levels?|high school diploma|ged|associate degree|diploma|advanced diploma|graduate diploma|postgraduate diploma|certificate|graduate certificate|professional certificate|certification|nanodegree|exchange semester|exchange program(?:me)?|study abroad|semester abroad|foundation degree|doctorate|post-?doc(?:toral)?(?: (?:fellowship|research|studies))?|a\.?a\.?s?\.?|a\.?s\.?)(?=[\s,(:]|$|(?<=\.)\p{Lu})", RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    /// <summary>Degrees and school-leaving qualifications of German, French, Spanish, Portuguese, Italian and Dutch
    /// resumes ("Abitur", "Ausbildung zum Fachinformatiker", "Licence", "BTS", "Grado", "Mestrado", "Laurea magistrale", "HBO").</summary>
    [GeneratedRegex(@"^(?:abitur|fachabitur|allgemeine hochschulreife|fachhochschulreife|mittlere reife|realschulabschluss"
        + @"|diplom(?:-[\p{L}]+)?|dipl\.-(?:ing|inf|kfm|kffr)\.?|magister(?: artium)?|(?:erstes |zweites )?staatsexamen"
        + @"|ausbildung (?:zu[mr]|als) [\p{L}-]+|ausbildung|lehre (?:als|zu[mr]|mit) [\p{L}-]+|fernstudium"
        // "Fachoberschulreife", "Fachhochschulreife": the German school-leaving certificates are named for the schools they open.
        + @"|\p{L}*(?:hochschul|oberschul)reife|promotion(?=\s+(?:in|zu[mr]|über|an)\s|\s*(?:$|[•·|,–—]))|bakkalaureus|magíster|graduação|graduando|graduanda"
        + @"|d\.u\.t\.?|b\.t\.s\.?"
        + @"|(?:bachelor|master|promotions|diplom)studium|(?:bachelor|master)studiengang|auslandssemester|umschulung"
        + @"|licence(?: professionnelle| appliquée| fondamentale)?|ma[îi]trise|mastère|doctorat|baccalauréat|bac(?: ?\+ ?\d)?|bts|dut|deust|deug|dess|dea|dts|d\.u\."
        + @"|(?:diplôme|programme) (?:de )?grande école|diplôme(?: national)? d['’](?:ingénieur|état)|diplôme"
        + @"|berufsausbildung|studium|matura"
        + @"|ensino (?:médio|medio|fundamental|superior|técnico|tecnico)(?: completo| incompleto)?|curso(?: técnico| superior| profissionalizante)?|tec\."
        + @"|ingénieur|cpge(?: scientifique| économique| littéraire| commerciale)?|classes? préparatoires?(?: aux grandes écoles)?(?: d['’]ingénieurs| de commerce| scientifiques?| commerciales?)?"
        + @"|semestre d['’]échange|échange (?:universitaire|académique)|semestre à l['’]étranger|semestre de intercambio|intercambio"
        + @"|semestre no exterior|intercâmbio|semestre all['’]estero|erasmus\+?"
        // "Austauschstudent, Maschinenbau", "Étudiant en échange": a student who came for a term names his standing, as a degree does.
        + @"|austauschstudent(?:in)?|gaststudent(?:in)?|exchange student|visiting student|étudiante? (?:en )?échange|estudiante de intercambio|studente erasmus|uitwisselingsstudent|student wymiany"
        + @"|technicien(?: es| supérieur| sp[ée]cialis[ée])?|cfc|maturité(?: professionnelle| gymnasiale)?"
        + @"|grado|licenciatura|licenciad[oa]|máster|doctorado|bachillerato|bachiller|técnico superior|ingenier[íi]a|ingenier[oa]"
        // Latin America names the levels of university study themselves: "Pregrado en Física", "Maestría en Ciencias",
        // "Posgrado", "Tecnicatura", "Profesorado de Historia", "Diplomado en Finanzas".
        + @"|pregrado|posgrado|postgrado|maestr[íi]a|tecnicatura|profesorado|diplomado"
        // "Thèse de doctorat en statistique", "Magistère de physique", "Mestre em Direito", "Doutoramento em Química".
        + @"|thèse de doctorat|magistère|mestre|doutoramento"
        + @"|burgerlijk ingenieur|industrieel ingenieur|bio-ingenieur|ingenieur|licentiaat|hauptschulabschluss"
        + @"|bacharelado|bacharel|mestrado|doutorado|tecnólogo|técnico|pós-graduação|especialização"
        + @"|laurea(?: magistrale| triennale| specialistica)?|dottorato(?: di ricerca)?|diploma di maturità|maturità"
        + @"|hbo(?:-bachelor)?|wo(?:-master|-bachelor)?|mbo|havo|vwo|propedeuse"
        // Polish, Czech and Slovak, and Turkish degrees ("magister inżynier", "bakalár", "Yüksek Lisans", "Doktora").
        + @"|magister inżynier|inżynier|licencjat|bakalář|bakalár|magistr|inženýr|inžinier|yüksek lisans|ön ?lisans|lisans|doktora"
        // Russian, Ukrainian, Bulgarian and Greek degrees.
        + @"|бакалавр(?:иат)?|магистр(?:атура)?|специалист|аспирантура|бакалаврат|магістр(?:атура)?|спеціаліст|аспірантура|бакалавър|магистър"
        + @"|πτυχίο|μεταπτυχιακό|διδακτορικό)(?=[\s,(:·]|$)"
        // Chinese, Japanese and Korean degrees: a level ("本科", "硕士", "修士", "석사") after the field of its award
        // ("工学硕士"), set off by the script's own commas and brackets or run straight into "在读" (studying for it).
        + @"|^(?:(?:工|理|文|管理|经济|法|医|教育|农|艺术|工程)学?)?(?:学士|硕士|博士后|博士|本科|专科|大专|研究生|修士|學士|碩士|학사|석사|박사|전문학사)"
        + @"(?=在读|在讀|学位|學位|학위|과정|[\s,(:·，、（•|)）]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex EuropeanDegree();

    [GeneratedRegex(@"^\((?:[A-Z][A-Za-z]{0,3}\.?\s?){1,4}\)")]
    private static partial Regex BracketedAbbreviation();

    [GeneratedRegex(@"^(?:(?:studium|studiengang|universitari[oa]|universitaire|secundari[oa])(?=\s|$)"
        // "Bachillerato Internacional", "Baccalauréat français", "Bac général": the kind of a school-leaving degree, said
        // after it as the Romance languages put adjectives, is part of its name when nothing but the line's end follows.
        + @"|(?:internacional|international|internazionale|fran[çc]ais|européen|europeo|europeu|g[ée]n[ée]ral|technologique|scientifique|professionnel|cient[íi]fico|tecnol[óo]gico|human[íi]stico|scientifico|classico|linguistico)(?=\s*(?:$|[,;–—])|\s+(?:option|série|serie|spécialité|filière|mention|especialidad|modalidad|indirizzo|opzione)\s)"
        + @"|d['’](?:études|estudos|estudios)(?:\s+(?!en\b|de\b|du\b|des\b)\p{Ll}+){1,2}(?=\s|$)|zu[mr]\s+\p{Lu}[\p{L}-]+(?=\s*(?:,|$)))", RegexOptions.IgnoreCase)]
    private static partial Regex DegreeQualifier();

    [GeneratedRegex(@"^\((?:hons|honours|honors)\.?\)|^(?:hons|honours|honors)\.?(?=[\s,]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Honours();

    [GeneratedRegex(@"\(?(?:(?:c?gpa|grade|score|gpa/cgpa|\b(?:promedio|nota(?:\s+(?:media|final|m[ée]dia))?|m[ée]dia|moyenne|voto(?:\s+di\s+laurea)?|cijfer|gemiddelde|notendurchschnitt|durchschnittsnote|abschlussnote|gesamtnote|note))\s*:?\s*\d+(?:[.,]\d+)?(?:\s*/\s*\d+(?:[.,]\d+)?)?(?:\s*c?gpa)?|\d(?:[.,]\d{1,2})(?:\s*/\s*\d+(?:[.,]\d+)?)?\s*(?:c?gpa)|(?:first|upper second|lower second|2:1|2:2)[- ]class(?: honours)?|(?<![\w:.])2:[12](?![\w:])|summa cum laude|magna cum laude|cum laude|with distinction|with honou?rs|mention\s+(?:très\s+bien|assez\s+bien|bien|passable|(?:très\s+)?honorable)(?:\s+avec\s+félicitations(?:\s+du\s+jury)?)?|mit\s+auszeichnung|(?<![\d.])\d{1,3}(?:[.,]\d{1,2})?\s?%|(?:(?<=\s[-–]\s)|^)(?:pass|merit|distinction\*?)$)\)?", RegexOptions.IgnoreCase)]
    private static partial Regex Grade();

    [GeneratedRegex(@"^(?:(?:final|overall|average|cumulative|total)\s+)?(?:grade(?:\s+point\s+average)?|c?gpa|marks|note\s+(?:finale|moyenne)|moyenne(?:\s+générale)?|mention|abschlussnote|gesamtnote|endnote|durchschnittsnote|(?:gesamt)?noten?durchschnitt|nota(?:\s+(?:final|media|média))?|média(?:\s+(?:final|atual|geral))?|promedio(?:\s+(?:actual|general|final|acumulado|ponderado))?|calificación|voto(?:\s+di\s+laurea)?|cijfer|eindcijfer|gemiddelde)\s*:\s*[^:]{1,40}$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledGrade();

    [GeneratedRegex(@"^(?:(?:relevant|selected|key|main|major|core|notable|related|completed)\s+)?(?:course\s?work|courses|cours(?:\s+suivis)?|modules|subjects|kurse|fächer|schwerpunkte|asignaturas|materias|disciplinas|cadeiras|vakken|matières)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CourseLabel();

    [GeneratedRegex(@"^\s*(?:field\(?s?\)?\s+of\s+stud(?:y|ies)|area\s+of\s+study|majors?|concentration|speciali[sz]ation|specialt(?:y|ies)|sp[ée]cialit[ée]s?|especialidad(?:es)?|especializaci[óo]n|especializa[çc][ãa]o|[êe]nfase|indirizzo|hauptfach|studienfach|discipline|fachbereich|fachrichtung|studienrichtung|studiengang|fili[èe]res?)\s*:\s*(?=\S)", RegexOptions.IgnoreCase)]
    private static partial Regex AreaLabel();

    /// <summary>"Fédérale de Lausanne", "Institute of Technology": the rest of a name wrapped in a narrow column is set in
    /// capitals but for its short linking words; "Golden Key International honors society" is not.</summary>
    private static bool IsTitleCase(string text) =>
        char.IsUpper(text[0]) && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => w.Length < 4 || !char.IsLower(w[0]));

    [GeneratedRegex(@"\b(?:dean['’]?s\s+list|president['’]?s\s+list|honou?r\s+roll|honou?r(?:s|ary)?\s+society|scholarships?|valedictorian|salutatorian)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Distinction();

    [GeneratedRegex(@"^(?<type>[^,]+?)\s+[-–]\s+(?<abbr>[A-Za-z.]{2,8}),\s+(?<area>\p{L}.*)$")]
    private static partial Regex AbbreviatedDegreeThenField();

    [GeneratedRegex(@"^(?:I|I['’](?:m|ve|d)|My|We)\s")]
    private static partial Regex FirstPerson();

    /// <summary>"Junior High School", "College", and the other languages' words for a stage of schooling ("Lycée",
    /// "Gymnasium", "Liceo", "Realschule"): a label over or before the school's own name.</summary>
    [GeneratedRegex(@"^(?:(?:(?:junior|senior|high|middle|upper|lower|higher)\s+)*(?:elementary|primary|secondary|high|middle|kindergarten|college|university|school|high\s+school|elementary\s+school|primary\s+school|secondary\s+school)|lycée|lycee|collège|gymnasium|gymnase|liceo|realschule|hauptschule|grundschule|gesamtschule|colegio|escola)$", RegexOptions.IgnoreCase)]
    private static partial Regex SchoolStage();

    [GeneratedRegex(@"^(?<word>(?i:candidate|student))\b(?:\s+(?i:in|of)\s+)?")]
    private static partial Regex CandidateWord();

    [GeneratedRegex(@"^(?:(?:spring|summer|fall|autumn|winter)$|student(?:\s+(?:of|in)\s+|$))", RegexOptions.IgnoreCase)]
    private static partial Regex SeasonOrStudent();

    [GeneratedRegex(@"\s*[,;–-]\s*(?:spécialisation|specialisation|specialization|spécialité|speciality|specialty|option|parcours|majeure|schwerpunkt|vertiefung|vertiefungsrichtung|concentration|track|especialização|especialidad|indirizzo|profil|profile|focus|nebenfach)\b[^,;]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpecialisationAfterField();

    [GeneratedRegex(@"^\s*minors?\s*(?::|in\s)", RegexOptions.IgnoreCase)]
    private static partial Regex MinorLabel();

    // The full-width comma and semicolon of Chinese and Japanese text part pieces as ", " does, with no space after them.
    [GeneratedRegex(@"\s*[，；](?![^(（]*[)）])\s*|\s+(?:—|–|-|·|•|\||@|(?<!\buniversity\s+of\s+[^,;|()]{2,40})at)\s+|\s*[|·•→]\s*|\s+—|—\s+|,(?![^(]*\))\s+|(?<!\b(?:degree|diploma|certificate|certification|bachelor['’]?s?|master['’]?s?|science|arts|engineering))\s+in\s+(?=\p{Lu}[^,;]*\b(?:university|college|institute|school|academy)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PieceSeparators();

    [GeneratedRegex(@"\s*[，；](?![^(（]*[)）])\s*|\s+(?:—|–|-|·|•|\||@|(?<!\buniversity\s+of\s+[^,;|()]{2,40})at)\s+|\s*[|·•→]\s*|\s+—|—\s+|[,;](?![^(]*\))\s+|(?<!\b(?:degree|diploma|certificate|certification|bachelor['’]?s?|master['’]?s?|science|arts|engineering))\s+in\s+(?=\p{Lu}[^,;]*\b(?:university|college|institute|school|academy)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PieceOrClauseSeparators();

    [GeneratedRegex(@"^(?:in|of)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkingHead();

    /// <summary>What a field of study looks like: a short noun phrase naming a discipline ("Computer Science", "Génie
    /// Industriel", "Informatik"). Not a sentence (a full stop closing three words or more, more than eight words), not a
    /// label's value ("Advisor: …", "Vertiefung: …"), not a remark wholly in brackets, not a phrase cut at a joining word
    /// ("due to …", "… Completed in"), and, with the school read and no degree (whose line goes on with its field), not a
    /// town's name under or beside it.</summary>
    private static bool ReadsAsField(string piece, bool schoolRead)
    {
        var t = piece.Trim();
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > 8 || BracketedRemark().Replace(t, "").Contains(':') || t.StartsWith('(') && t.EndsWith(')'))
        {
            return false;
        }
        if (t.EndsWith('.') && (words.Length >= 3 || t.StartsWith('.')))
        {
            return false;
        }
        if (char.IsLower(words[0][0]) && FragmentOpening().IsMatch(words[0]) || words.Length > 1 && FragmentClosing().IsMatch(words[^1]))
        {
            return false;
        }
        return !schoolRead || !IsTownUnderSchool(t);
    }

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex BracketedRemark();

    /// <summary>"PCM with 78% marks", "Abitur mit der Note 2,1": once the grade is read, the words that framed it are left
    /// at the end of the piece; they are no part of the field.</summary>
    [GeneratedRegex(@"(?:\s+(?:with|avec|com|con|mit)(?:\s+(?:an?|the|der|la|le))?)?\s+(?:marks|aggregate|points|punkten|note|notes?)\s*$|\s+(?:with|avec|com|con|mit)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GradeFrame();

    /// <summary>Words that open a clause or a phrase about something else, never a discipline's name.</summary>
    [GeneratedRegex(@"^(?:due|to|for|with|without|by|from|par|pour|avec|sans|obtenu|obtained|kein|keine|mit|ohne|für|por|para|com|con|sem|sin|and|und|et|y|the|le|la|les|der|die|das)$")]
    private static partial Regex FragmentOpening();

    /// <summary>Words a phrase cut short ends on ("SEBA Completed in", "Computer Science in").</summary>
    [GeneratedRegex(@"^(?:in|of|with|and|for|to|at|de|du|des|en|et|und|mit|im|am|zum|zur|com|con|e|y|da|do|di)$", RegexOptions.IgnoreCase)]
    private static partial Regex FragmentClosing();

    /// <summary>How the names of activities and subjects end that no town does ("Schulberatung", "Web Development").</summary>
    [GeneratedRegex(@"(?:ung|ment|kurs|wesen)$", RegexOptions.IgnoreCase)]
    private static partial Regex NounEnding();
}
