using System.Text;
using System.Text.RegularExpressions;
using Resume.Parsing.Layout;
using Resume.Parsing.Text;

namespace Resume.Parsing.Fields;

/// <summary>
/// Cuts an experience-like section (work, education, projects, volunteer) into entries: header lines (title, company,
/// dates, place) followed by list items, with wrapped items joined back, whether bullets are glyphs, list paragraphs or
/// only an indent.
/// </summary>
internal static partial class EntryReader
{
    private static readonly HashSet<string> BodyLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "highlights", "highlights:", "key achievements", "key achievements:", "achievements:", "responsibilities",
        "responsibilities:", "key responsibilities:", "main achievements:", "accomplishments:",
        // Set alone on its own line inside a job, as its bullets' caption, the word names no job of its own.
        "achievements", "key responsibilities", "main achievements", "accomplishments", "key accomplishments",
    };

    /// <summary>"Achievements/Tasks", "Duties & Responsibilities": captions joined by a slash, an ampersand or "and" caption
    /// the list below them as one does alone.</summary>
    private static bool IsBodyLabel(string text)
    {
        text = text.Trim();
        if (BodyLabels.Contains(text))
        {
            return true;
        }
        var parts = CaptionJoints().Split(text.TrimEnd(':'));
        return parts.Length > 1 && parts.All(p => p.Trim() is { Length: > 0 } part && (BodyLabels.Contains(part) || CaptionWords.Contains(part)));
    }

    private static readonly HashSet<string> CaptionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "tasks", "key tasks", "main tasks", "duties", "main duties", "key duties", "results", "key results",
    };

    [GeneratedRegex(@"\s*(?:/|&|\band\b)\s*", RegexOptions.IgnoreCase)]
    private static partial Regex CaptionJoints();

    /// <param name="opensEntry">For sections whose entries may carry no dates at all: a line that names what an entry
    /// is about (a school), so a run of undated header lines holding several of them is cut into entries.</param>
    /// <param name="jobs">A work section: a job's labelled particulars ("Hours per week: 40") are set aside (a school's
    /// "GPA: 3.8" closes its entry's lines and stays).</param>
    public static List<Entry> Read(IReadOnlyList<TextLine> input, Func<TextLine, bool>? opensEntry = null, bool jobs = false)
    {
        var particulars = jobs ? Particulars(input) : null;
        var titled = EveryDatedRowTitled(input);
        var lines = JoinWrappedHeaders(input.Where((l, k) => !IsBodyLabel(l.Text) && !IsListLabel(input, k) && !IsLeaderHeading(l.Text)
            && (titled || !IsGroupLabel(input, k))
            && (particulars is null || !particulars[k])).ToList());
        DatedParentheses.Open(lines);
        JoinMonthsSetApart(lines);
        JoinRangesCutAcrossCells(lines);
        StackedDateCells.Join(lines);
        DatesBesideFirstItem.Lift(lines);
        LiftPlacesUnderDates(lines);
        var bulletHeads = BoldBulletHeads(lines);
        var kinds = Classify(lines, duties: opensEntry is null, jobs, bulletHeads);
        if (jobs)
        {
            LinesAboveDatedBulletsClose(lines, kinds);
        }
        var roles = opensEntry is null ? NestedRoles.Find(lines) : null;
        for (var k = 0; roles is not null && k < lines.Count; k++)
        {
            kinds[k] = roles.Contains(lines[k]) ? LineKind.Header : kinds[k];
        }

        // Runs of header lines, each followed by the body lines that belong to it.
        var entries = new List<Entry>();
        var i = 0;
        var dateOffset = -1;
        var roleOffset = -1;
        var underEmployer = false;
        while (i < lines.Count)
        {
            var run = new List<TextLine>();
            while (i < lines.Count && kinds[i] == LineKind.Header && !(run.Count > 0 && bulletHeads is not null && bulletHeads[i]))
            {
                run.Add(lines[i++]);
            }
            var body = new List<(TextLine Line, LineKind Kind)>();
            while (i < lines.Count && kinds[i] != LineKind.Header)
            {
                body.Add((lines[i], kinds[i]));
                i++;
            }
            var runEntries = new List<Entry>();
            foreach (var (part, employer) in roles is null ? EmployerGroups(run) : RoleGroups(run, roles))
            {
                if (employer)
                {
                    var group = new Entry { HoldsRoles = true, Dates = part.Select(l => DateParser.Find(l.Text)).FirstOrDefault(d => d is not null) };
                    group.Header.AddRange(part);
                    runEntries.Add(group);
                    underEmployer = true;
                    continue;
                }
                // The roles under an employer's line hold no employer line of their own: their dates sit one line
                // higher than in the section's other entries.
                if (roles is not null && part.Count == 1 && roles.Contains(part[0]))
                {
                    var role = new Entry { Role = true, Dates = DateParser.Find(part[0].Text) };
                    role.Header.Add(part[0]);
                    runEntries.Add(role);
                    continue;
                }
                runEntries.AddRange(underEmployer ? SplitRun(part, ref roleOffset, opensEntry) : SplitRun(part, ref dateOffset, opensEntry));
            }
            if (runEntries.Count == 0)
            {
                if (entries.Count == 0)
                {
                    runEntries.Add(new Entry());
                }
                else
                {
                    runEntries.Add(entries[^1]);
                    entries.RemoveAt(entries.Count - 1);
                }
            }
            ReadBody(body, runEntries[^1]);
            entries.AddRange(runEntries);
        }
        GiveTrailingLinesToDatesBelow(entries);
        DatesClosingEntries.GiveBack(entries);
        foreach (var entry in entries)
        {
            Describe(entry);
            if (titled)
            {
                MarkTitleAbove(entry);
            }
        }
        return entries;
    }

    /// <summary>
    /// "Employer: Title" / "From: 2012 – Present" / "Next Employer" / a line on the work / "From: 2007 – 2010": where each
    /// job's dates close its lines, header lines after one job's dates and a later header of only dates are one job, not
    /// lines of the first and a job of dates alone. Only when the first job's dates stand below its own first line.
    /// </summary>
    private static void GiveTrailingLinesToDatesBelow(List<Entry> entries)
    {
        for (var k = 1; k < entries.Count; k++)
        {
            var (above, dates) = (entries[k - 1], entries[k]);
            if (dates.Header.Count == 0 || dates.Dates is null || above.Dates is not { } own || !dates.Header.All(IsOnlyDates))
            {
                continue;
            }
            var at = above.Header.FindIndex(l => DateParser.Find(l.Text) is { } d && d.Start == own.Start);
            if (at < 1 || at == above.Header.Count - 1 || above.Header.Skip(at + 1).Any(l => DateParser.Find(l.Text) is not null))
            {
                continue;
            }
            dates.Header.InsertRange(0, above.Header.Skip(at + 1));
            above.Header.RemoveRange(at + 1, above.Header.Count - at - 1);
            dates.Highlights.InsertRange(0, above.Highlights);
            dates.Description.InsertRange(0, above.Description);
            above.Highlights.Clear();
            above.Description.Clear();
        }
    }

    /// <summary>A line of dates, perhaps behind a one-word label ("From: 2007-2010").</summary>
    private static bool IsOnlyDates(TextLine line) =>
        DateParser.Find(line.Text) is { } d && DateParser.Remove(line.Text, d).Trim() is var rest
        && (rest.Length == 0 || rest.EndsWith(':') && !rest.Contains(' ') && !rest.Any(char.IsDigit));

    /// <summary>
    /// "Northwind Telecom" / "12 years" / "Field Manager" / "May 2019 – Present (5 years)" / …: a line with only a length
    /// of time under it, over lines that hold dates, is an employer heading the several roles held there (profile
    /// exports group a person's titles so). Yields the run cut into its parts, the employer's lines flagged.
    /// </summary>
    private static IEnumerable<(List<TextLine> Lines, bool Employer)> EmployerGroups(List<TextLine> run)
    {
        var from = 0;
        for (var k = 0; k + 2 < run.Count; k++)
        {
            if (IsDuration(run[k + 1].Text) && !IsDuration(run[k].Text) && DateParser.Find(run[k].Text) is null
                && run.Skip(k + 2).Any(l => DateParser.Find(l.Text) is not null))
            {
                if (k > from)
                {
                    yield return (run.GetRange(from, k - from), false);
                }
                yield return (run.GetRange(k, 2), true);
                from = k + 2;
                k++;
            }
        }
        if (from < run.Count)
        {
            yield return (run.GetRange(from, run.Count - from), false);
        }
    }

    /// <summary>An employer's lines over the roles of a multilevel list (<see cref="NestedRoles"/>): the employer, then
    /// each role an entry of its own.</summary>
    private static IEnumerable<(List<TextLine> Lines, bool Employer)> RoleGroups(List<TextLine> run, HashSet<TextLine> roles)
    {
        var pending = new List<TextLine>();
        foreach (var line in run)
        {
            if (!roles.Contains(line))
            {
                pending.Add(line);
                continue;
            }
            if (pending.Count > 0)
            {
                yield return (pending, true);
                pending = [];
            }
            yield return ([line], false);
        }
        if (pending.Count > 0)
        {
            yield return (pending, false);
        }
    }

    /// <summary>"28 years", "5 years 3 months", "(11 months)", "1 ano 10 meses": how long, not when.</summary>
    private static bool IsDuration(string text) => DurationLine().IsMatch(text.Trim());

    [GeneratedRegex(@"^\(?\d{1,2}\s*(?:(?:years?|yrs?|anos?)(?:\s*,?\s*\d{1,2}\s*(?:months?|mos?|meses|mês))?|months?|mos?|meses|mês)\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DurationLine();

    /// <summary>Splits a run of header lines that holds several entries (no list items between them), using where the
    /// date line sits in the section's first entry.</summary>
    private static List<Entry> SplitRun(List<TextLine> run, ref int dateOffset, Func<TextLine, bool>? opensEntry)
    {
        var result = new List<Entry>();
        if (run.Count == 0)
        {
            return result;
        }
        var merged = MergeSplitDates(run);
        var dated = new List<int>();
        for (var k = 0; k < merged.Count; k++)
        {
            if (merged[k].Date is { } d && (d.IsRange || DateParser.IsOnlyDate(merged[k].Line.Text, d) || merged[k].Line.Segments.Count > 1
                || IsTrailingDate(merged[k].Line.Text, d)))
            {
                dated.Add(k);
            }
        }
        if (dateOffset < 0 && dated.Count > 0)
        {
            dateOffset = dated[0];
        }
        var starts = new List<int> { 0 };
        // Blank lines that set entries apart (plain text) say where each starts, once every part holds one date.
        var gaps = Enumerable.Range(1, merged.Count - 1).Where(k => merged[k].Line.GapBefore && !merged[k].Line.HasGeometry).ToList();
        if (dated.Count >= 2 && gaps.Count == dated.Count - 1
            && dated.Select(d => gaps.Count(g => g <= d)).SequenceEqual(Enumerable.Range(0, dated.Count)))
        {
            starts.AddRange(gaps);
        }
        else if (dated.Count == 0 && opensEntry is not null)
        {
            // "University of Leeds, BSc Nursing" / "Leeds City College, Certificate in Care", no dates anywhere: each line
            // naming a school opens an entry, with the lines above the first such line leading every entry alike.
            var marks = Enumerable.Range(0, merged.Count).Where(k => opensEntry(merged[k].Line)).ToList();
            for (var j = 1; j < marks.Count; j++)
            {
                var start = marks[j] - marks[0];
                if (start > starts[^1] && start <= marks[j])
                {
                    starts.Add(start);
                }
            }
        }
        else if (dated.Count >= 2)
        {
            var offset = Math.Max(dateOffset, 0);
            for (var j = 1; j < dated.Count; j++)
            {
                var start = Math.Max(dated[j] - offset, starts[^1] + 1);
                if (start <= dated[j] && start > starts[^1])
                {
                    starts.Add(start);
                }
            }
        }
        for (var s = 0; s < starts.Count; s++)
        {
            var end = s + 1 < starts.Count ? starts[s + 1] : merged.Count;
            var entry = new Entry();
            for (var k = starts[s]; k < end; k++)
            {
                entry.Header.Add(merged[k].Line);
                if (merged[k].Date is { } d && entry.Dates is null)
                {
                    entry.Dates = d;
                }
            }
            result.Add(entry);
        }
        return result;
    }

    /// <summary>"2017" on one line and "2021" on the next (a narrow date column) read as one range.</summary>
    private static List<(TextLine Line, DateRange? Date)> MergeSplitDates(List<TextLine> run)
    {
        var result = new List<(TextLine Line, DateRange? Date)>(run.Count);
        for (var k = 0; k < run.Count; k++)
        {
            var date = DateParser.Find(run[k].Text);
            if (date is { IsRange: false } && k + 1 < run.Count && DateParser.Find(run[k + 1].Text) is { IsRange: false } next
                && DateParser.IsOnlyDate(run[k + 1].Text, next))
            {
                result.Add((run[k], date with { End = next.Start }));
                k++;
                continue;
            }
            result.Add((run[k], date));
        }
        return result;
    }

    /// <summary>Header text pieces with the date range cut out, split at the separators resumes use.</summary>
    private static void Describe(Entry entry)
    {
        string? afterDates = null;
        var afterDatesAt = 0;
        var afterDatesFace = default(Face);
        var overDates = PlaceOverDates(entry);
        foreach (var line in entry.Header)
        {
            for (var k = 0; k < line.Segments.Count; k++)
            {
                var segment = line.Segments[k];
                if (ReferenceEquals(segment, overDates))
                {
                    entry.Location = segment.Text.Trim();
                    continue;
                }
                var text = segment.Text;
                if (entry.Dates is { } d && DateParser.Find(text) is { } found && found.Start == d.Start)
                {
                    text = DateParser.Remove(text, found);
                    // A short cell right after a line's opening dates ("May 2022 – Now   Leeds") is where, not who.
                    if (k == 0 && !segment.FromMargin && text.Length == 0 && line.Segments.Count == 2)
                    {
                        afterDates = line.Segments[1].Text.Trim();
                        afterDatesFace = Face.Of(line.Segments[1]);
                        afterDatesAt = entry.Parts.Count;
                        k++;
                        continue;
                    }
                    // "Sep 2022 – Present, Lisbon", "OKT 2023 – MAI 2024 | FULDA": a short phrase after a comma or bar
                    // closing the dates' own line, likewise.
                    // A Europass CV writes the town after its dates with a plain space ("01/07/2024 – 15/01/2025
                    // Nottuln, Deutschland"): a phrase that reads as a place closes the line the same way.
                    if (k == 0 && line.Segments.Count == 1 && text.Length > 0 && segment.Text[..found.Index].Trim().Length == 0
                        && (segment.Text[(found.Index + found.Length)..].TrimStart() is [',' or '|', ..]
                            || !text.Any(char.IsDigit) && Places.Score(text) >= 2))
                    {
                        afterDates = text;
                        afterDatesAt = entry.Parts.Count;
                        continue;
                    }
                }
                else if (DateParser.Find(text) is { } other && DateParser.IsOnlyDate(text, other))
                {
                    continue;
                }
                text = WithoutJoiningColon(text, line, k);
                foreach (var part in text.Split(" | ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                {
                    var cleaned = part.Trim().Trim('|', '•', '·', ',').Trim();
                    // "RONA, Barrie, ON | PART TIME": how the job was held names neither the employer nor the title.
                    if (cleaned.Length > 0 && !Durations(cleaned) && !RoleWords.IsEmploymentType(cleaned))
                    {
                        entry.Parts.Add(cleaned);
                        entry.Faces.Add(Face.Of(segment));
                    }
                }
            }
        }
        if (afterDates is { Length: > 0 } && !Durations(afterDates))
        {
            // With a title and an organisation on lines of their own (or parted by a comma on one), the cell beside the
            // dates is the place. A school or firm beside the dates ("University College Cork" over "A.S., Electrical
            // Engineering") is the entry's organisation, not where it was; nor is a degree ("2017 – 2021   MSc in Physics"
            // over "Harwick University, Lyon"), which is what was studied there.
            if ((entry.Parts.Count >= 2 || entry.Parts.Any(p => p.Contains(", ", StringComparison.Ordinal)) && !RoleWords.NamesOrganisation(afterDates))
                && afterDates.Count(c => c == ' ') <= 3 && !afterDates.Any(char.IsDigit) && RoleWords.TitleScore(afterDates) <= 0
                && EducationParser.SplitDegree(afterDates).Type is null)
            {
                entry.Location = afterDates;
            }
            else
            {
                entry.Parts.Insert(afterDatesAt, afterDates);
                entry.Faces.Insert(afterDatesAt, afterDatesFace);
            }
        }
    }

    /// <summary>
    /// A header of two rows, each a cell at the left and a cell set flush right ("Title ‖ Bergen" over "Employer ‖ Sep
    /// 2022 – Present"): the short cell closing the row that holds no dates stands over the dates, in the column of the
    /// entry's when and where, so it is where the job was, however unknown the town; the two left cells are who and what.
    /// </summary>
    private static LineSegment? PlaceOverDates(Entry entry)
    {
        var rows = entry.Header.Where(l => !l.Bullet && l.HasGeometry && l.Segments.Count == 2).ToList();
        if (rows.Count != 2 || entry.Header.Count != 2 || rows[0].Page != rows[1].Page)
        {
            return null;
        }
        bool IsDates(LineSegment s) => DateParser.Find(s.Text) is { } d && DateParser.IsOnlyDate(s.Text, d);
        var dated = rows.Where(r => IsDates(r.Segments[1])).ToList();
        // Over the dates only: a cell under them ("Chemistry ‖ BSc" under "School ‖ 2012 – 2016") is the row's own.
        if (dated.Count != 1 || dated[0] != rows[1])
        {
            return null;
        }
        var other = rows.Single(r => r != dated[0]);
        var cell = other.Segments[1];
        var text = cell.Text.Trim();
        var dates = dated[0].Segments[1];
        // Flush right with the dates and clear of the row's left cell: a column of its own, not the row's text run on.
        return Math.Abs(cell.Right - dates.Right) <= 3 && cell.Left > (other.Left + other.Right) / 2 && cell.Left - other.Segments[0].Right > 20
            && text.Length is > 1 and <= 40 && text.Count(c => c == ' ') <= 3 && !text.Any(char.IsDigit) && !IsDates(cell)
            && RoleWords.TitleScore(text) <= 0 && !RoleWords.NamesOrganisation(text) && !Places.IsLegalForm(text.Split(' ')[^1])
            && !IsDates(other.Segments[0]) && !IsDates(dated[0].Segments[0])
            ? cell : null;
    }

    private static bool Durations(string text)
    {
        var t = text.ToLowerInvariant();
        return (t.Contains("year") || t.Contains("month") || t.Contains("yr")) && t.Any(char.IsDigit) && t.Length < 24;
    }

    public static string StripBullet(string text) => Bullets.TryStrip(text, out var rest) ? rest : text;
}
