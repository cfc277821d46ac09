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

    /// <summary>
    /// "January 2024" / "– November" / "2025": a range spelled out in a narrow ragged-left cell at the right of an
    /// entry's rows wraps down the rows beside its title, its employer and even its first bullet, each piece closing its
    /// row at the cell's right edge. Two or three such pieces that make one range together are the entry's dates, set on
    /// its first row; the rows below keep the rest of their text.
    /// </summary>
    private static bool JoinRangeDownRightCell(List<TextLine> lines, int i)
    {
        var line = lines[i];
        if (line.Segments.Count < 2 || !line.HasGeometry)
        {
            return false;
        }
        var first = line.Segments[^1];
        if (first.Text.Length > 24 || DateParser.Find(first.Text) is { IsRange: true })
        {
            return false;
        }
        var text = first.Text.Trim();
        for (var j = i + 1; j < lines.Count && j <= i + 2; j++)
        {
            var next = lines[j];
            var piece = next.Segments[^1];
            if (!next.HasGeometry || Math.Abs(piece.Right - first.Right) > 2 || piece.Text.Length > 24
                || next.Segments.Count == 1 && piece.Left < first.Left - 2)
            {
                return false;
            }
            text += " " + piece.Text.Trim();
            if (DateParser.Find(text) is { IsRange: true } range && range.Length >= text.Length - 2 && text.IndexOfAny(['–', '—', '-']) > 0)
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), first with { Text = text }];
                line.ResetText();
                for (var k = j; k > i; k--)
                {
                    if (lines[k].Segments.Count == 1)
                    {
                        lines.RemoveAt(k);
                        continue;
                    }
                    lines[k].Segments = [.. lines[k].Segments.Take(lines[k].Segments.Count - 1)];
                    lines[k].ResetText();
                }
                return true;
            }
        }
        return false;
    }

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

    private enum LineKind { Header, Item, Sentence }

    /// <summary>"Programação ADVPL." over "• 2014-2015 – DOIT Consultoria LTDA": a bullet starts its own block, so short
    /// plain lines above a bullet that opens on its years close the entry before; they are not the next job's title.</summary>
    private static void LinesAboveDatedBulletsClose(List<TextLine> lines, LineKind[] kinds)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            if (kinds[i] != LineKind.Header || !DatedBulletHead.Heads(lines[i], DateParser.Find(lines[i].Text)))
            {
                continue;
            }
            var k = i - 1;
            while (k >= 0 && kinds[k] == LineKind.Header && !lines[k].Bullet && DateParser.Find(lines[k].Text) is null)
            {
                k--;
            }
            // Only where an entry stands above to take them: the lines that open a section are its own header.
            if (k < 0 || k == i - 1 || !kinds[..(k + 1)].Contains(LineKind.Header))
            {
                continue;
            }
            for (var j = k + 1; j < i; j++)
            {
                kinds[j] = LineKind.Sentence;
            }
        }
    }

    /// <summary>"VOCATIONAL . . . . . . .": a short label filled out to the margin with leader dots heads a group of
    /// entries; it is no entry's title or employer.</summary>
    private static bool IsLeaderHeading(string text)
    {
        var t = text.TrimEnd();
        var end = t.Length;
        var dots = 0;
        while (end > 0 && t[end - 1] is '.' or ' ' or '…')
        {
            dots += t[end - 1] == '.' ? 1 : t[end - 1] == '…' ? 3 : 0;
            end--;
        }
        var label = t[..end];
        return dots >= 5 && label.Length is > 0 and <= 40 && label.Count(c => c == ' ') < 4 && !label.Any(char.IsDigit);
    }

    /// <summary>"2024.05 -" ‖ "now" ‖ "Associate Professor": a range whose end a tab or a gap set into a cell of its own is
    /// one range. Read cell by cell, the end would be taken for the entry's name.</summary>
    private static void JoinRangesCutAcrossCells(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            for (var k = 0; k + 1 < line.Segments.Count; k++)
            {
                var (cut, end) = (line.Segments[k], line.Segments[k + 1]);
                if (OpenRange().IsMatch(cut.Text.TrimEnd()) && Extraction.Pdf.StackedDates.IsEnd(end.Text.Trim()))
                {
                    line.Segments = [.. line.Segments.Take(k), cut with { Text = cut.Text.TrimEnd() + " " + end.Text.Trim(), Right = Math.Max(cut.Right, end.Right) },
                        .. line.Segments.Skip(k + 2)];
                    line.ResetText();
                }
            }
        }
    }

    /// <summary>
    /// Header cells that wrapped in a narrow column are put back: a range cut after its end month ("November 2023 —
    /// September" / "2024") and a title cut before its last word ("Senior Software" / "Engineer").
    /// </summary>
    private static List<TextLine> JoinWrappedHeaders(List<TextLine> lines)
    {
        // Where the last line joined into a cell beside dates ended: a paragraph may wrap more than once.
        (TextLine Line, double Right)? joined = null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var (line, next) = (lines[i], lines[i + 1]);
            if (line.Bullet)
            {
                continue;
            }
            if (JoinRangeDownRightCell(lines, i))
            {
                continue;
            }
            var last = line.Segments[^1];
            // "Intern – Meridian Health (May 2024 – Aug" / "2024)": a bracket opened on one line and closed on the next,
            // holding a range only the two lines make together: the line wrapped inside its dates. A wrapped line that
            // opens with the range's dash ("(June 2023" / "– August 2023)") was taken for a dash bullet.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && Unclosed(line.Text) > 0 && Unclosed(next.Text) < 0
                && (next.Bullet ? "– " : "") + next.Text.Trim() is var closing
                && DateParser.Find(line.Text + " " + closing) is { IsRange: true } whole
                && (DateParser.Find(line.Text) is not { } cut || cut.Length < whole.Length))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + closing }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (next.Bullet)
            {
                continue;
            }
            // "Maintenance Technician | Harbour Parking" / "(2021 - 2023)": a line that filled its column in the entries'
            // style pushed its bracketed dates whole onto the next line; they close that line, they are no entry of
            // their own.
            if (DatesWrappedWhole(line, next))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim(), Right = Math.Max(last.Right, next.Right) }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInsideName(line, next))
            {
                line.Segments = [last with { Text = Hyphenation.Join(last.Text.TrimEnd(), next.Text.Trim()) }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            var nextLast = next.Segments[^1];
            if (RunsOnPastOpenEnding(line, next))
            {
                var head = next.Segments[0];
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + head.Text.Trim(), Right = Math.Max(last.Right, head.Right) }, .. next.Segments.Skip(1)];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "Clinical Nurse Specialist, Kingfisher Technologies" / "LLC": a legal form is never a line of its own; a
            // narrow column wrapped it off its company's name.
            if (next.Segments.Count == 1 && Places.IsLegalForm(next.Text) && next.Text.Trim().Length <= 6 && line.Bold == next.Bold
                && (!line.HasGeometry || Math.Abs(next.Left - line.Left) < 2))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            var year = YearStart().Match(nextLast.Text);
            // A range cut after its dash in a narrow right-hand column ("Jan 2023 –" / "Sep 2025"): the end is below.
            if (line.Segments.Count > 1 && next.Segments.Count > 1 && OpenRange().IsMatch(last.Text)
                && (DateParser.Find(nextLast.Text) is { } end && DateParser.IsOnlyDate(nextLast.Text, end) || PresentWord().IsMatch(nextLast.Text)))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text + " " + nextLast.Text.Trim() }];
                next.Segments = [.. next.Segments.Take(next.Segments.Count - 1)];
                line.ResetText();
                next.ResetText();
                continue;
            }
            // "Student assistant – Institute of Economic Theory, Policy and History 12/2024 –" / "02/2025" (or "heute"): a
            // title long enough to fill the line pushed the range's end onto a line of its own.
            if (next.Segments.Count == 1 && OpenRange().IsMatch(last.Text.TrimEnd())
                && (DateParser.Find(next.Text) is { IsRange: false } alone && DateParser.IsOnlyDate(next.Text, alone) || PresentWord().IsMatch(next.Text.Trim())))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInCells(line, next) is { } cells)
            {
                var joinedCells = line.Segments.ToArray();
                foreach (var (cell, piece) in cells)
                {
                    joinedCells[cell] = joinedCells[cell] with { Text = Hyphenation.Join(joinedCells[cell].Text, piece.Text.Trim()) };
                }
                line.Segments = joinedCells;
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsInDateColumn(line, next))
            {
                var dates = line.Segments[0];
                line.Segments = [dates with { Text = dates.Text + " " + next.Segments[0].Text.Trim() }, .. line.Segments.Skip(1)];
                line.ResetText();
                if (next.Segments.Count == 1)
                {
                    lines.RemoveAt(i + 1);
                }
                else if (CellCarriesOn(line, next))
                {
                    var cell = line.Segments[^1];
                    var rest = string.Join(" ", next.Segments.Skip(1).Select(s => s.Text.Trim()));
                    line.Segments = [.. line.Segments.SkipLast(1), cell with { Text = Hyphenation.Join(cell.Text.TrimEnd(), rest) }];
                    line.ResetText();
                    lines.RemoveAt(i + 1);
                }
                else
                {
                    lines[i + 1] = WithoutFirstCell(next);
                }
                continue;
            }
            // "Kitchen Helper, Capital Pizza, Edmonton, AB, July 2015 — October" / "2017": a line of text wrapped inside
            // the range that closes it, leaving the end's year alone on the next line.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && year.Success && year.Length == next.Text.Trim().Length
                && DateParser.EndsWithMonth(last.Text) && DateParser.Find(line.Text + " " + year.Value) is { IsRange: true, End: not null } wrapped
                && (DateParser.Find(line.Text) is not { } own || own.Length < wrapped.Length))
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + year.Value }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "GIS INTERN • HARBOUR MAPPING OFFICE • JAN" / "2013 – MAY 2013": a header wrapped between the start's month
            // and its year, the rest of the range alone on the next line in the header's type.
            if (line.Segments.Count == 1 && next.Segments.Count == 1 && line.Bold == next.Bold && DateParser.EndsWithMonth(last.Text)
                && YearStart().IsMatch(next.Text.Trim()) && DateParser.Find(next.Text) is { IsRange: true } tail
                && tail.Length >= next.Text.Trim().Length - 1 && DateParser.Find(line.Text) is null
                && DateParser.Find(line.Text + " " + next.Text.Trim()) is { IsRange: true, Start.Length: 7 })
            {
                line.Segments = [last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            // "Engineer, Co-founder | May 2011 - June" / "2012": a range cut after its end month, in a cell or in running
            // text, continues with the year at the start of the line below.
            if ((line.Segments.Count > 1 || next.Segments.Count == 1 && OpenRangeToMonth().IsMatch(last.Text)) && DateParser.EndsWithMonth(last.Text) && year.Success)
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text + " " + year.Value.Trim() }];
                var rest = nextLast.Text[year.Length..].Trim();
                next.Segments = rest.Length > 0
                    ? [.. next.Segments.Take(next.Segments.Count - 1), nextLast with { Text = rest }]
                    : [.. next.Segments.Take(next.Segments.Count - 1)];
                line.ResetText();
                next.ResetText();
                if (next.Segments.Count == 0)
                {
                    lines.RemoveAt(i + 1);
                }
                continue;
            }
            if (WrapsBeforeDates(line, next, joined is { } j && j.Line == line ? j.Right : null))
            {
                joined = (line, next.Right);
                var cell = line.Segments[^2];
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 2), cell with { Text = Hyphenation.Join(cell.Text, next.Text.Trim()) }, last];
                line.ResetText();
                lines.RemoveAt(i + 1);
                i--;
                continue;
            }
            if (WrapsCommaHeader(lines, i))
            {
                line.Segments = [.. line.Segments.Take(line.Segments.Count - 1), last with { Text = last.Text.TrimEnd() + " " + next.Text.Trim() }];
                line.ResetText();
                lines.RemoveAt(i + 1);
                continue;
            }
            var first = line.Segments[0];
            if (next.Segments.Count == 1 && !next.Text.Contains(' ') && line.Segments.Count > 1
                && first.Text.Contains(' ') && RoleWords.TitleScore(first.Text) > -0.5
                && RoleWords.TitleScore(first.Text + " " + next.Text) > 0.5
                && Math.Abs(next.Left - line.Left) < 2 && DateParser.Find(next.Text) is null
                && RoleWords.EndsWithHead(first.Text + " " + next.Text) && !RoleWords.EndsWithHead(first.Text))
            {
                line.Segments = [first with { Text = first.Text + " " + next.Text }, .. line.Segments.Skip(1)];
                line.ResetText();
                lines.RemoveAt(i + 1);
            }
        }
        return lines;
    }

    /// <summary>
    /// "Software Engineer, Heron Technologies, Valencia, Comunidad" / "Valenciana": a header that runs its pieces together
    /// with commas and fills its column to the right edge wraps its last words onto a line of their own, which would read
    /// as a second header line (an employer or a place). The carried-over words are few, in the header's own type, with
    /// no date, and the entry's items follow them. The header need not reach the edge: it wrapped if the next line's first
    /// word would not have fitted in the room left ("…, Harrow &amp; Pendle Germany" / "GmbH, Essen").
    /// </summary>
    private static bool WrapsCommaHeader(List<TextLine> lines, int i)
    {
        var (line, next) = (lines[i], lines[i + 1]);
        var last = line.Segments[^1];
        var tail = last.Text.TrimEnd();
        if (!line.HasGeometry || !next.HasGeometry || next.Page != line.Page || next.Segments.Count != 1 || line.ColumnRight <= 0
            || !tail.Contains(", ") || tail.Length == 0 || !(char.IsLetter(tail[^1]) || tail[^1] == ',' && UnderDatedCell(line, next))
            || line.Right < line.ColumnRight - 0.5 * line.FontSize && !FirstWordWouldNotFit(line, next)
                && !(UnderDatedCell(line, next) && FirstWordWouldNotFit(line, next, under: true))
            || Math.Abs(next.FontSize - line.FontSize) > 0.5 || next.Top - line.Top > 1.8 * line.FontSize || next.Bold != line.Bold)
        {
            return false;
        }
        var text = next.Text.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var itemsFollow = i + 2 >= lines.Count || lines[i + 2].Bullet;
        if (UnderDatedCell(line, next))
        {
            // "2020 - Present ‖ Advance Nurse Scholar, Winship Cancer Institute, Emory University" over "Hospital, Atlanta,
            // Georgia" at the cell's tab stop: the cell beside the dates wrapped its employer and town, and the next
            // entry's dates (or the section's end) follow, with no items between.
            // A cell that broke after a comma ("Emory Healthcare," / "Atlanta, Georgia") wrapped between two of its fields.
            var cell = last.Left;
            var nextEntry = i + 2 >= lines.Count || itemsFollow || OpensWithDates(lines[i + 2]);
            return nextEntry && words.Length <= 6 && char.IsUpper(text[0]) && !text.Any(char.IsDigit) && !text.EndsWith('.')
                && DateParser.Find(text) is null && next.Right < cell + 0.75 * (line.ColumnRight - cell);
        }
        return itemsFollow && words.Length <= 3 && char.IsUpper(text[0]) && !text.Any(char.IsDigit)
            && DateParser.Find(text) is null && next.Right < line.Left + 0.5 * (line.ColumnRight - line.Left);
    }

    /// <summary>A line of dates in their own cell and the entry's text beside them, and under it a line starting at that
    /// text's left: the text cell's next line.</summary>
    private static bool UnderDatedCell(TextLine line, TextLine next) =>
        line.Segments.Count == 2 && DateParser.Find(line.Segments[0].Text) is { } dates && DateParser.IsOnlyDate(line.Segments[0].Text, dates)
        && Math.Abs(next.Left - line.Segments[1].Left) <= 3;

    /// <summary>A line whose first cell holds only dates: an entry of a dated list begins there.</summary>
    private static bool OpensWithDates(TextLine line) =>
        line.Segments.Count >= 2 && DateParser.Find(line.Segments[0].Text) is { } dates && DateParser.IsOnlyDate(line.Segments[0].Text, dates);

    /// <summary>
    /// "Chercheur postdoctoral — Institut de Chimie Analytique et Réactivité Moléculaire en" over "Normandie (CARMEN), France
    /// ‖ avr. 2024 – nov. 2024", "2019 ‖ Helga und Alois Bohnert Vermögens- und" over "Immobilienverwaltung": an entry's
    /// line that ends on a word needing another after it was wrapped by its column, and the next line's first cell
    /// finishes it. Only lines of an entry's header (one of the two holds dates), the next starting where the cell did.
    /// </summary>
    private static bool RunsOnPastOpenEnding(TextLine line, TextLine next)
    {
        var (last, head) = (line.Segments[^1], next.Segments[0]);
        if (next.Bullet || head.FromMargin || !OpenEnding.EndsOnWord(last.Text) || head.Text.Trim() is not { Length: > 0 } rest
            || DateParser.Find(line.Text) is null && DateParser.Find(next.Text) is null
            || DateParser.Find(rest) is { } d && DateParser.IsOnlyDate(rest, d) || IsSentence(line.Text))
        {
            return false;
        }
        if (line.HasGeometry != next.HasGeometry)
        {
            return false;
        }
        // Under the cell, in its face, not in larger type: the same paragraph carried on.
        return !line.HasGeometry
            || Math.Abs(head.Left - last.Left) <= 3 && Face.Of(head) == Face.Of(last) && next.FontSize <= line.FontSize + 0.5
            || line.Segments.Count == 1 && Math.Abs(head.Left - line.Left) <= 3 && next.FontSize <= line.FontSize + 0.5
                && line.ColumnRight > 0 && line.Right >= line.ColumnRight - 0.15 * (line.ColumnRight - line.Left);
    }

    /// <summary>
    /// A long name wrapped in the middle, set tight under its first line in the same type: "Institute for Measurement and
    /// Control Engineering (Leibniz" / "Universität Hannover)" closes on the second line the bracket the first opened,
    /// and "Ministry of Environment (MECCNAR)-" / "Central Project Coordination Unit" breaks at the dash that joins its
    /// parts. Neither line is a whole line of an entry.
    /// </summary>
    private static bool WrapsInsideName(TextLine line, TextLine next)
    {
        if (line.Segments.Count != 1 || next.Segments.Count != 1 || line.Bold != next.Bold || next.Text.Trim() is not { Length: > 0 and <= 60 } rest
            || DateParser.Find(line.Text) is not null || DateParser.Find(next.Text) is not null)
        {
            return false;
        }
        if (line.HasGeometry && (!next.HasGeometry || next.Page != line.Page || Math.Abs(next.FontSize - line.FontSize) > 0.5
            || Math.Abs(next.Left - line.Left) > 3 || next.Top - line.Bottom > line.FontSize))
        {
            return false;
        }
        var text = line.Text.TrimEnd();
        var tight = !line.HasGeometry || next.Top - line.Bottom <= 0.5 * line.FontSize;
        var closesBracket = Unclosed(text) > 0 && Unclosed(rest) < 0;
        var breaksAtDash = text.Length > 2 && text[^1] == '-' && text[^2] is ')' or ']' && char.IsUpper(rest[0]);
        return tight && (closesBracket || breaksAtDash) || RunsOnInLowerCase(line, next);
    }

    /// <summary>"Doradca ds wdrażania Konwencji praw osób z" / "niepełnosprawnością": a title set large on a narrow
    /// column runs onto a second line in its own type, in lower case, with a word too long for the first line's end.
    /// At the line pitch of that type; only on the page, where the column's edge is known.</summary>
    private static bool RunsOnInLowerCase(TextLine line, TextLine next) =>
        line.HasGeometry && line.Bold && Words.StartsInLowerCase(next.Text) && !line.Text.TrimEnd().EndsWith('.')
        && FirstWordWouldNotFit(line, next);

    /// <summary>Brackets opened and not closed on a line (below zero: closed and not opened).</summary>
    private static bool DatesWrappedWhole(TextLine line, TextLine next) =>
        line.HasGeometry && line.Segments.Count == 1 && next.Segments.Count == 1 && line.Bold == next.Bold
        && Math.Abs(line.FontSize - next.FontSize) < 0.3 && Unclosed(line.Text) == 0 && DateParser.Find(line.Text) is null
        && next.Text.Trim() is ['(', .. var inner, ')'] && DateParser.Find(inner) is { IsRange: true } range && DateParser.IsOnlyDate(inner, range)
        && FirstWordWouldNotFit(line, next);

    private static int Unclosed(string text) => text.Count(c => c == '(') - text.Count(c => c == ')');

    /// <summary>
    /// "JAN ‖ 2023 – PRESENT": a month in spaced capitals sets itself so far from its year that the line splits between
    /// them, and the range would start at the bare year. A cell that is only a month name followed by a cell opening with
    /// a year is one date.
    /// </summary>
    private static void JoinMonthsSetApart(List<TextLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.Bullet || line.Segments.Count < 2)
            {
                continue;
            }
            for (var k = 0; k + 1 < line.Segments.Count; k++)
            {
                var (month, rest) = (line.Segments[k], line.Segments[k + 1]);
                if (month.Text.Length > 11 || !LoneMonth().IsMatch(month.Text) || !YearStart().IsMatch(rest.Text.TrimStart()))
                {
                    continue;
                }
                line.Segments = [.. line.Segments.Take(k), month with { Text = month.Text.Trim() + " " + rest.Text.Trim(), Right = rest.Right },
                    .. line.Segments.Skip(k + 2)];
                line.ResetText();
                break;
            }
        }
    }

    /// <summary>
    /// A right-hand column of dates with the place set flush right under them, in its own smaller type and on its own
    /// baselines ("Munich," / "Bavaria" between the first items): the place belongs to the entry's header, not to the
    /// items it stands among. Its pieces are joined and set as a cell of the header line above them.
    /// </summary>
    private static void LiftPlacesUnderDates(List<TextLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var anchor = -1;
            for (var k = i - 1; k >= Math.Max(0, i - 3) && anchor < 0; k--)
            {
                if (IsPlaceUnderDates(lines[k], lines[i]))
                {
                    anchor = k;
                }
            }
            if (anchor < 0 || lines[i - 1].Bullet)
            {
                continue;
            }
            var piece = lines[i];
            var text = piece.Text.Trim();
            lines.RemoveAt(i);
            // The place wrapped: its next piece stands under it, an item's line between them at most.
            for (var k = i; k < Math.Min(lines.Count, i + 2); k++)
            {
                if (IsPlaceUnderDates(lines[anchor], lines[k]) && lines[k].Top - piece.Top < piece.FontSize * 3)
                {
                    text = text + " " + lines[k].Text.Trim();
                    lines.RemoveAt(k);
                    break;
                }
            }
            var above = lines[i - 1];
            above.Segments = [.. above.Segments, new LineSegment(text, piece.Left, piece.Right, Size: piece.FontSize)];
            above.ResetText();
        }
    }

    private static bool IsPlaceUnderDates(TextLine dated, TextLine line)
    {
        if (!line.HasGeometry || !dated.HasGeometry || line.Bullet || line.Segments.Count != 1 || dated.Segments.Count < 2
            || line.Page != dated.Page || line.Top <= dated.Top)
        {
            return false;
        }
        var cell = dated.Segments[^1];
        var text = line.Text.Trim();
        return Math.Abs(line.Right - cell.Right) <= 2 && line.Left > (dated.Left + dated.Right) / 2 && text.Length is > 1 and <= 40
            && DateParser.Find(cell.Text) is { } d && DateParser.IsOnlyDate(cell.Text, d) && DateParser.Find(text) is null
            && !IsSentence(text) && !ActionVerbs.StartsWithOne(text);
    }

    /// <summary>
    /// A row of cells beside its dates (a grid or table layout) whose cells wrapped: each piece of the line right below
    /// starts where a cell starts and stays within that cell's column ("Site Reliability" / "Engineer", "Information" /
    /// "Technology"). Returns which cell each piece carries on, or null when the line is not such a continuation.
    /// </summary>
    private static List<(int Cell, LineSegment Piece)>? WrapsInCells(TextLine line, TextLine next)
    {
        if (line.Segments.Count < 3 || !line.HasGeometry || !next.HasGeometry || next.Bullet || next.Page != line.Page
            || next.Top - line.Top > 1.8 * line.FontSize
            || !next.Segments.All(p => line.Segments.Skip(1).Any(s => Math.Abs(s.Left - p.Left) <= 1.5))
            || DateParser.Find(next.Text) is not null
            || !line.Segments.Any(s => DateParser.Find(s.Text) is { } d && DateParser.IsOnlyDate(s.Text, d)))
        {
            return null;
        }
        var result = new List<(int, LineSegment)>();
        foreach (var piece in next.Segments)
        {
            var cell = -1;
            for (var k = 0; k < line.Segments.Count && cell < 0; k++)
            {
                if (Math.Abs(line.Segments[k].Left - piece.Left) <= 1.5)
                {
                    cell = k;
                }
            }
            // Not the first cell: a line that starts where the row starts is a paragraph's wrap (or the next line).
            if (cell < 1 || result.Count > 0 && result[^1].Item1 >= cell)
            {
                return null;
            }
            var (own, nextCell) = (line.Segments[cell], cell + 1 < line.Segments.Count ? line.Segments[cell + 1] : null);
            var bound = nextCell is null ? own.Right + 2 : nextCell.Left;
            if (piece.Right > bound || DateParser.Find(own.Text) is not null || Places.Score(piece.Text) > 0 || IsSentence(piece.Text))
            {
                return null;
            }
            result.Add((cell, piece));
        }
        return result.Count > 0 ? result : null;
    }

    /// <summary>A range cut after its dash in a narrow date column at the left ("Nov 2021 –" / "present" beside the title
    /// and the first item): the end is the first cell of the line below, under the start.</summary>
    private static bool WrapsInDateColumn(TextLine line, TextLine next)
    {
        if (line.Segments.Count < 2 || next.Segments.Count == 0 || next.Bullet)
        {
            return false;
        }
        var (start, end) = (line.Segments[0], next.Segments[0]);
        if (!DatesCutInCell(start.Text.Trim(), end.Text.Trim()))
        {
            return false;
        }
        return !line.HasGeometry || next.HasGeometry && end.Left < start.Right && end.Right > start.Left
            && (next.Segments.Count == 1 || end.Right < next.Segments[1].Left);
    }

    /// <summary>
    /// Two date cells, one over the other, that only together make the entry's dates: a range cut after its dash ("Nov
    /// 2021 –" / "present"), after its end month ("Sep 2016-Dec" / "2020 (expected)") or inside a bracket ("Current (since"
    /// / "Sep 2016)"). The lower cell holds nothing but the rest of the dates.
    /// </summary>
    private static bool DatesCutInCell(string top, string bottom)
    {
        if (OpenRange().IsMatch(top))
        {
            return DateParser.Find(bottom) is { IsRange: false } d && DateParser.IsOnlyDate(bottom, d) || PresentWord().IsMatch(bottom);
        }
        var endMonthCut = OpenRangeToMonth().IsMatch(top) && DateParser.EndsWithMonth(top) && YearStart().IsMatch(bottom);
        var bracketCut = Unclosed(top) > 0 && Unclosed(bottom) < 0;
        if (!endMonthCut && !bracketCut || bottom.Count(c => c == ' ') > 2)
        {
            return false;
        }
        return DateParser.Find(top + " " + bottom) is { } whole && whole.Index + whole.Length > top.Length
            && (DateParser.Find(top) is not { } own || own.Length < whole.Length);
    }

    /// <summary>
    /// "Sep 2016-Dec ‖ PhD in Civil Engineering; École Polytechnique Fédérale" over "2020 (expected) ‖ de Lausanne": where
    /// the dates wrapped in their column, the text beside them wrapped too when it filled its line; the words under it,
    /// starting where it starts, finish it. Read apart they would be a second entry.
    /// </summary>
    private static bool CellCarriesOn(TextLine line, TextLine next)
    {
        if (!line.HasGeometry || !next.HasGeometry || line.ColumnRight <= 0 || next.Segments.Count < 2)
        {
            return false;
        }
        var (cell, rest) = (line.Segments[^1], next.Segments[1]);
        var (top, words) = (cell.Text.TrimEnd(), rest.Text.TrimStart());
        // A sentence of its own under the line (the entry's description) starts with a capital; the rest of a cut name
        // or place starts in lower case ("de Lausanne", "tiques Appliquées"), with its bracket, or after a cut word.
        var cut = words.Length > 0 && (char.IsLower(words[0]) || words[0] == '(') || top.EndsWith('-') || OpenEnding.EndsOnWord(top);
        return cut && Math.Abs(rest.Left - cell.Left) <= 3 && line.Right >= line.ColumnRight - 0.15 * (line.ColumnRight - line.Left)
            && next.FontSize <= line.FontSize + 0.5;
    }

    /// <summary>The line without its first cell, placed where its second cell starts; a bullet glyph standing alone as
    /// the next cell marks the line as an item.</summary>
    private static TextLine WithoutFirstCell(TextLine line)
    {
        var rest = line.Segments.Skip(1).ToList();
        var bullet = line.Bullet;
        if (rest.Count > 1 && rest[0].Text.Trim() is { Length: 1 } glyph && Bullets.IsBulletChar(glyph[0]))
        {
            rest.RemoveAt(0);
            bullet = true;
        }
        return new TextLine(rest)
        {
            Page = line.Page, Top = line.Top, Bottom = line.Bottom, Left = line.HasGeometry ? rest[0].Left : line.Left, Right = line.Right,
            FontSize = line.FontSize, Bold = line.Bold, Italic = line.Italic, Bullet = bullet, Indent = line.Indent, GapBefore = line.GapBefore,
            Column = line.Column, InSidebar = line.InSidebar, ColumnRight = line.ColumnRight, Links = line.Links,
        };
    }

    /// <summary>
    /// A text cell beside an entry's dates that wrapped ("Senior Engineer, Goldleaf   Aug 2015 – Jul 2016" / "Mobility
    /// AB, Nairobi."): the line below starts under the cell, and the cell ends on a comma or its first word would not
    /// have fit in the room left before the dates. <paramref name="wrappedRight"/> is where the cell's last wrapped line
    /// ended when it already ran over more than one: the next line carries on when its first word would not have fit
    /// between there and the cell's right edge, until a full stop closes the paragraph.
    /// </summary>
    private static bool WrapsBeforeDates(TextLine line, TextLine next, double? wrappedRight)
    {
        if (line.Segments.Count < 2 || next.Segments.Count != 1 || next.Bullet)
        {
            return false;
        }
        var (cell, dates) = (line.Segments[^2], line.Segments[^1]);
        var rest = next.Text.Trim();
        if (cell.FromMargin || DateParser.Find(dates.Text) is not { } d || !DateParser.IsOnlyDate(dates.Text, d)
            || rest.Length is 0 or > 60 || DateParser.Find(rest) is not null || IsSentence(rest) || ActionVerbs.StartsWithOne(rest))
        {
            return false;
        }
        // A wrapped cell carries on in its own type: a line in larger type under it ("Tecnólogo, Finanças · (2020 - 2023)"
        // over the next school's name) heads something else.
        if (line.HasGeometry != next.HasGeometry || line.HasGeometry && (Math.Abs(next.Left - cell.Left) > 2 || next.FontSize > line.FontSize + 0.5))
        {
            return false;
        }
        // And in its own face: a plain line under a bold title beside the dates ("Research assistant: Kichwa language"
        // over "Ikiam University, Tena") is the employer's line, not the title's second.
        if (Face.Of(cell) != Face.Of(next.Segments[0]))
        {
            return false;
        }
        if (wrappedRight is not null && RoleParser.WithoutClosingStop(cell.Text) != cell.Text)
        {
            return false;
        }
        if (cell.Text.TrimEnd().EndsWith(',') || char.IsLower(rest[0]))
        {
            return true;
        }
        if (!line.HasGeometry || cell.Text.Length == 0 || cell.Right <= cell.Left)
        {
            return false;
        }
        var space = rest.IndexOf(' ');
        var word = (space < 0 ? rest.Length : space) + 1;
        if (wrappedRight is { } right)
        {
            return cell.Right - right < word * (next.Right - next.Left) / rest.Length;
        }
        var charWidth = (cell.Right - cell.Left) / cell.Text.Length;
        return dates.Left - cell.Right < word * charWidth;
    }


    [GeneratedRegex(@"^(?:19|20)\d{2}\b")]
    private static partial Regex YearStart();

    [GeneratedRegex(@"(?<!\d)(?:19|20)\d{2}\s*(?:-{1,2}|[\u2010-\u2015\u2212]|to|until|till?)\s*\p{L}{3,9}\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenRangeToMonth();

    [GeneratedRegex(@"^\s*(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LoneMonth();

    /// <summary>A range cut after its separator: "Jan 2023 –", "2021 to", "2021-12 to" (a year-month in ISO order).</summary>
    [GeneratedRegex(@"(?:19|20)\d{2}(?:[-/.]\d{1,2})?\s*(?:-{1,2}|[\u2010-\u2015\u2212]|to|until|till)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenRange();

    /// <summary>A range's running end alone, in any language the dates are read in: "present", "heute", "actualidad".</summary>
    [GeneratedRegex("^" + DateWords.Present + @"\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentWord();

    /// <param name="duties">The section's entries may list duties (jobs, projects): lines in the body's plain style under
    /// heavier entry lines are what was done there, bullets or not.</param>
    private static LineKind[] Classify(List<TextLine> lines, bool duties, bool jobs = false, bool[]? bulletHeads = null)
    {
        var jobItems = jobs && JobsAsItems(lines);
        var kinds = new LineKind[lines.Count];
        var geometry = lines.Any(l => l.HasGeometry);
        var plain = duties && geometry ? PlainBody.Of(lines) : null;
        var minLeft = double.MaxValue;
        var minIndent = int.MaxValue;
        double? itemLeft = null;
        var foreign = ForeignTail(lines);
        foreach (var l in lines.Take(lines.Count - foreign))
        {
            if (l.Bullet)
            {
                itemLeft = l.Left;
                continue;
            }
            // An item's text wrapped back under its glyph sets no margin for the entries' own lines, which a template
            // may indent past the glyphs (typst brilliant-cv: "Employer ‖ Town" right of the bullets).
            if (itemLeft is { } glyph && l.HasGeometry && Math.Abs(l.Left - glyph) <= 2 && DateParser.Find(l.Text) is null)
            {
                continue;
            }
            itemLeft = null;
            minLeft = Math.Min(minLeft, TextLeft(l));
            minIndent = Math.Min(minIndent, l.Indent);
        }
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = line.Text;
            var date = DateParser.Find(text);
            if (IsLinkOnly(text))
            {
                kinds[i] = LineKind.Header; // an employer's or project's address under its name
            }
            else if (bulletHeads is not null && bulletHeads[i])
            {
                kinds[i] = LineKind.Header;
            }
            else if (line.Bullet && !(jobItems && date is not null) && !HasDateCell(line) && !(jobs && DatedBulletHead.Heads(line, date)) && !(i + 1 < lines.Count && !lines[i + 1].Bullet && IsEntryTitleBehindBullet(line, lines[i + 1])))
            {
                kinds[i] = LineKind.Item;
            }
            else if (date is not null && plain is not null && plain.IsDuty(lines, i))
            {
                kinds[i] = plain.Prose ? LineKind.Sentence : LineKind.Item; // a year in the body's running text
            }
            else if (date is not null && i > 0 && DatedSentence(line, date))
            {
                kinds[i] = LineKind.Sentence; // "Monitor na disciplina Física 1 de março a agosto de 2018.": a date told in the prose
            }
            else if (date is not null && (date.IsRange || DateParser.IsOnlyDate(text, date) || line.Segments.Count > 1 || IsTrailingDate(text, date)))
            {
                kinds[i] = LineKind.Header;
            }
            else if (jobs && i > 0 && !line.Bullet && kinds[i - 1] == LineKind.Header && DescribesWholeHeader(lines[i - 1], line))
            {
                kinds[i] = LineKind.Sentence;
            }
            else if (i > 0 && !line.Bullet && kinds[i - 1] == LineKind.Header && UnderMarginDate(lines[i - 1], line) && !IsSentence(text))
            {
                kinds[i] = LineKind.Header; // the employer under a title whose dates stand in the margin column
            }
            else if (geometry && line.HasGeometry && TextLeft(line) >= minLeft + 7)
            {
                kinds[i] = LineKind.Item;
            }
            else if (!geometry && line.Indent >= minIndent + 2 && i > 0)
            {
                kinds[i] = LineKind.Item;
            }
            else if (plain is { Prose: false } && plain.IsDuty(lines, i))
            {
                kinds[i] = LineKind.Item; // one duty a line, however long
            }
            else if ((IsSentence(text) || IsLabelledList(text) || WrapsAsProse(lines, i)) && i > 0)
            {
                kinds[i] = LineKind.Sentence;
            }
            else if (plain is not null && plain.IsDuty(lines, i))
            {
                kinds[i] = plain.Prose ? LineKind.Sentence : LineKind.Item;
            }
            else
            {
                kinds[i] = LineKind.Header;
            }
        }
        if (geometry)
        {
            MarkStatementLines(lines, kinds);
        }
        // A wrapped sentence's second line is a sentence too, not a header; so is the rest of a bullet's text wrapped back
        // to the margin under its glyph ("…handling 61K requests per" / "minute"): it runs on in lower case, or it carries
        // on the bullet's words and is no entry's first line (no dates follow it within two lines).
        for (var i = 1; i < lines.Count; i++)
        {
            if (kinds[i] == LineKind.Header && kinds[i - 1] == LineKind.Item && !lines[i].Bullet && lines[i].Text is { Length: > 0 } rest
                && InItemType(lines[i - 1], lines[i]) && (DateParser.Find(rest) is null || YearInWrappedItem(lines[i - 1], lines[i]))
                && (char.IsLower(rest[0]) || lines[i - 1].Text.TrimEnd() is var prev && prev.EndsWith('-') && !prev.EndsWith(" -", StringComparison.Ordinal)
                    || !lines[i].Bold && lines[i].Segments.Count == 1 && IsContinuation(lines[i - 1], lines[i], geometry)
                        && (!lines.Skip(i + 1).Take(2).Any(l => DateParser.Find(l.Text) is not null)
                            || ClosesWhatTheItemOpened(lines[i - 1], lines[i]) || TightUnderItemBeforeGap(lines, i))))
            {
                kinds[i] = LineKind.Item;
                continue;
            }
            // The rest of an item wrapped onto a line that reads as a sentence of its own ("• Led the launch of the route planner," /
            // "now used by three thousand depots every day."): it runs on in lower case or the item's line ran to the column's edge.
            if (kinds[i] == LineKind.Sentence && kinds[i - 1] == LineKind.Item && !lines[i].Bullet && lines[i].Text is { Length: > 0 } wrapped
                && InItemType(lines[i - 1], lines[i]) && (char.IsLower(wrapped[0]) || geometry && lines[i].HasGeometry && lines[i - 1].HasGeometry && lines[i].Page == lines[i - 1].Page
                    && !EndsClause(lines[i - 1].Text) && FirstWordWouldNotFit(lines[i - 1], lines[i])))
            {
                kinds[i] = LineKind.Item;
                continue;
            }
            if (kinds[i] == LineKind.Header && kinds[i - 1] == LineKind.Sentence && IsContinuation(lines[i - 1], lines[i], geometry))
            {
                kinds[i] = LineKind.Sentence;
            }
        }
        return kinds;
    }

    /// <summary>
    /// "PROJETOS" set across the page under two columns: the half of its text under the right column is read on after
    /// that column's entries, further left than any of their lines. A run of lines closing the section, each set left of
    /// every line above it on its page, is another block's text: it sets no margin for the entries.
    /// </summary>
    private static int ForeignTail(List<TextLine> lines)
    {
        if (lines.Count < 3 || lines.Any(l => !l.HasGeometry))
        {
            return 0;
        }
        var from = lines.Count - 1;
        while (from > 0 && lines[from - 1].Page == lines[^1].Page)
        {
            from--;
        }
        // The leftmost line above each line of the last page, from the page's first line of the section on.
        var above = new double[lines.Count];
        var leftest = double.MaxValue;
        for (var k = from; k < lines.Count; k++)
        {
            above[k] = leftest;
            leftest = Math.Min(leftest, lines[k].Left);
        }
        var tail = 0;
        var tailRight = double.MinValue;
        for (var k = lines.Count - 1; k > from; k--)
        {
            tailRight = Math.Max(tailRight, lines[k].Left);
            if (tailRight < above[k] - 3)
            {
                tail = lines.Count - k;
            }
        }
        // Only a tail below the entries' dated lines: the section's own first lines are never foreign.
        return tail > 0 && lines.Take(lines.Count - tail).Any(l => DateParser.Find(l.Text) is not null) ? tail : 0;
    }

    /// <summary>The rest of an item wrapped onto the next line keeps the item's type: a line set larger, or in bold under
    /// a plain item, opens the next entry whatever its first letter ("iOS Developer, Vireo, Mobile Team" under a
    /// bullet's last line).</summary>
    private static bool InItemType(TextLine item, TextLine line) =>
        !(line.FontSize > item.FontSize + 0.75 && item.FontSize > 0 || line.Bold && !item.Bold);

    /// <summary>
    /// A duty list without glyphs ("Completed the first-aid course" / "Sorted the morning post" / "Cover the front desk at
    /// lunch"): a run of three or more plain lines in the entries' body type, smaller than the type of the
    /// lines that date the entries, most of them broken before the column's edge and two or more opening with an action
    /// verb, is one statement a line: each line from the first such verb on is an item (a line that ran to the edge
    /// carries on below). A paragraph breaks at the edge; an entry's own lines are set in its larger or bold type.
    /// </summary>
    private static void MarkStatementLines(List<TextLine> lines, LineKind[] kinds)
    {
        var datedSize = 0.0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Bullet)
            {
                return; // glyphs say which lines are items
            }
            if (kinds[i] == LineKind.Header && lines[i].HasGeometry && DateParser.Find(lines[i].Text) is not null)
            {
                datedSize = Math.Max(datedSize, lines[i].FontSize);
            }
        }
        bool Plain(int i) => kinds[i] != LineKind.Item && lines[i] is { HasGeometry: true, Bold: false } l && l.FontSize <= datedSize - 0.5
            && l.Segments.Count == 1 && DateParser.Find(l.Text) is null;
        for (var a = 0; a < lines.Count; a++)
        {
            if (!Plain(a))
            {
                continue;
            }
            var b = a;
            while (b + 1 < lines.Count && Plain(b + 1) && lines[b + 1].Page == lines[b].Page && Math.Abs(lines[b + 1].Left - lines[a].Left) < 2)
            {
                b++;
            }
            var first = a;
            while (first <= b && !ActionVerbs.StartsWithOne(lines[first].Text))
            {
                first++;
            }
            var verbs = 0;
            var broken = 0;
            for (var k = first; k <= b; k++)
            {
                verbs += ActionVerbs.StartsWithOne(lines[k].Text) ? 1 : 0;
                broken += k < b && !FirstWordWouldNotFit(lines[k], lines[k + 1]) ? 1 : 0;
            }
            if (b - first >= 2 && verbs >= 2 && broken >= 2 && broken * 2 >= b - first)
            {
                for (var k = first; k <= b; k++)
                {
                    kinds[k] = LineKind.Item;
                }
            }
            a = b;
        }
    }

    /// <summary>"…reached the final of the innovation challenge and Denver" / "Startup of the Year finalist (2019)": a year
    /// that an item's words mention on its wrapped line, in the item's own type, after a line that ran to the column's edge,
    /// dates no entry.</summary>
    /// <summary>
    /// The rest of an item wrapped onto a line of its own closes the quotation or bracket the item opened ("…for the
    /// subject “Control" / "Engineering I”"): no entry's first line closes what another line opened, even with the next
    /// entry's dates right under it.
    /// </summary>
    private static bool ClosesWhatTheItemOpened(TextLine item, TextLine line)
    {
        var (above, text) = (item.Text, line.Text);
        return Unclosed(above) > 0 && Unclosed(text) < 0
            || above.Count(c => c == '“') > above.Count(c => c == '”') && text.Count(c => c == '”') > text.Count(c => c == '“');
    }

    /// <summary>
    /// The rest of an item set tight under it, at its type size, with a clear gap below before the next entry's dated
    /// line: the space a writer leaves between entries says where one ends, so the line closes the item above rather
    /// than opening the entry below.
    /// </summary>
    private static bool TightUnderItemBeforeGap(List<TextLine> lines, int i)
    {
        var (item, line) = (lines[i - 1], lines[i]);
        if (i + 1 >= lines.Count || lines[i + 1] is not { HasGeometry: true } next || !item.HasGeometry || !line.HasGeometry
            || item.Page != line.Page || next.Page != line.Page || Math.Abs(item.FontSize - line.FontSize) > 0.5 || line.Left < item.Left - 2)
        {
            return false;
        }
        var above = line.Top - item.Bottom;
        var below = next.Top - line.Bottom;
        return above <= 0.5 * line.FontSize && below >= above + 0.8 * line.FontSize;
    }

    private static bool YearInWrappedItem(TextLine item, TextLine line) =>
        line.HasGeometry && item.HasGeometry && line.Page == item.Page && Math.Abs(line.FontSize - item.FontSize) < 0.3
        // "…sales representative in seven states from" / "1997 until 2002.": a span of years too, where the line starts
        // right under the item's text, as its wrap does and an entry's first line does not.
        && DateParser.Find(line.Text) is { } d && (!d.IsRange || Math.Abs(line.Left - item.Left) <= 2)
        && (!DateParser.IsOnlyDate(line.Text, d) || d.IsRange && EndsClause(line.Text)) && line.Segments.Count == 1
        && !EndsClause(item.Text) && FirstWordWouldNotFit(item, line);

    /// <summary>"Monitor na disciplina Laboratório de Eletrônica desde junho de 2021.", "Promoted to team lead in March
    /// 2021.": a sentence under a job that tells when something happened holds a date inside its words, after several of
    /// them and joined to them by a small word in lower case ("desde", "in", "de"), and closes with a full stop. An entry's
    /// own line sets its dates apart, at its start or its end, or in a cell of their own.</summary>
    private static bool DatedSentence(TextLine line, DateRange date)
    {
        var text = line.Text.TrimEnd();
        if (line.Segments.Count > 1 || !text.EndsWith('.') || !IsSentence(text) || date.Index <= 0 || date.Index >= text.Length)
        {
            return false;
        }
        var before = text[..date.Index].TrimEnd();
        var words = before.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || before.EndsWith(',') || before.EndsWith('|') || before.EndsWith('–') || before.EndsWith('-'))
        {
            return false;
        }
        return char.IsLower(text[date.Index]) || char.IsLower(words[^1][0]);
    }

    private static bool EndsClause(string text) => text.TrimEnd() is var t && (t.EndsWith('.') || t.EndsWith(';') || t.EndsWith('!') || t.EndsWith('?'));

    /// <summary>"Organisation | 2020", "Title, Org — May 2021": one date closing a short line after a separator dates an
    /// entry as surely as a range does; a date inside a sentence does not.</summary>
    /// <summary>
    /// "2018–2021 ⟶ Staff Nurse" over "Leeds General Infirmary" set under the title: where an entry's dates stand in a
    /// margin column (pandoc's and HTML templates' habit), the line below the title at the title's own left edge goes on
    /// with the entry's header; only the lines indented past it, or marked as items, are its body.
    /// </summary>
    private static bool UnderMarginDate(TextLine dated, TextLine line)
    {
        if (dated.Segments.Count < 2 || line.Segments.Count != 1 || DateParser.Find(dated.Segments[0].Text) is not { } date
            || !DateParser.IsOnlyDate(dated.Segments[0].Text, date) || DateParser.Find(line.Text) is not null || line.Text.Length > 80)
        {
            return false;
        }
        if (dated.HasGeometry && line.HasGeometry)
        {
            return dated.Page == line.Page && Math.Abs(line.Left - dated.Segments[1].Left) <= 3;
        }
        return !dated.HasGeometry && !line.HasGeometry && line.Indent > dated.Indent + 2;
    }

    /// <summary>
    /// "03/2018 – 07/2018 ‖ Berufspraktikum, Tarnwald Logistik, Wels." over "Entwicklung eines Wartungssystems" in smaller
    /// type: a dated line that already names both the title and the employer leaves the line set smaller under it nothing
    /// to name; it describes the job.
    /// </summary>
    private static bool DescribesWholeHeader(TextLine dated, TextLine line)
    {
        if (!dated.HasGeometry || !line.HasGeometry || line.Bold || line.FontSize > dated.FontSize - 0.5 || dated.Segments.Count < 2
            || line.Segments.Count != 1 || dated.Page != line.Page || Math.Abs(line.Left - dated.Segments[1].Left) > 3
            || DateParser.Find(dated.Segments[0].Text) is not { } date || !DateParser.IsOnlyDate(dated.Segments[0].Text, date)
            || DateParser.Find(line.Text) is not null)
        {
            return false;
        }
        var pieces = dated.Segments.Skip(1).Select(g => g.Text.Trim()).Where(t => t.Length > 0).ToList();
        return pieces.Sum(p => p.Split(", ").Length) >= 2 && RoleParser.Parse(pieces) is { Position: not null, Organisation: not null };
    }

    /// <summary>A list of jobs set as list items, one job an item ("1. Staff Nurse, Leeds General Infirmary, 2018 – 2021"):
    /// no line but the items carries dates, and two or more items carry a span of years or end on their dates.</summary>
    private static bool JobsAsItems(List<TextLine> lines)
    {
        var dated = 0;
        foreach (var line in lines)
        {
            if (DateParser.Find(line.Text) is not { } date)
            {
                continue;
            }
            if (!line.Bullet)
            {
                return false;
            }
            if (date.IsRange || IsTrailingDate(line.Text, date))
            {
                dated++;
            }
        }
        return dated >= 2;
    }

    private static bool IsTrailingDate(string text, DateRange date)
    {
        if (date.Index + date.Length < text.TrimEnd().TrimEnd(')', '.').Length || date.Index < 3)
        {
            return false;
        }
        var before = text[..date.Index].TrimEnd();
        var separated = before.EndsWith('|') || before.EndsWith('·') || before.EndsWith('—') || before.EndsWith('–')
            || before.EndsWith(',') || before.EndsWith(" -", StringComparison.Ordinal) || before.EndsWith('(') || before.EndsWith('•');
        return separated && before.Count(c => c == ' ') <= 12;
    }

    private static bool IsLinkOnly(string text) =>
        !text.Contains(' ') && text.Contains('.') && (text.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || text.Contains('/')) && ContactParser.Url().IsMatch(text);

    /// <summary>
    /// A bullet glyph starts an item, and an entry's first line may begin with one too ("• Employer   City", an icon
    /// before a title): it is the entry's title when a line of dates follows and it reads as a title, not as an item
    /// (set in bold or in cells, not opening with an action verb).
    /// </summary>
    /// <summary>
    /// "• Mar 2021 / Today: Harbour Freight." over "• Warehouse clerk." and its duties, or "• Line cook – Bistro Lune" over a
    /// plain line on the work: where a section opens on a bullet set wholly in bold, its other bold bullets stand at that
    /// glyph's margin or left of every plain one, and nothing else in it is bold, the bold face marks each entry's first
    /// line, whatever glyph the writer put before it. Null when the section is not so set.
    /// </summary>
    private static bool[]? BoldBulletHeads(List<TextLine> lines)
    {
        static bool Bold(TextLine l) => l.Bold && l.Segments.All(s => s.Bold);
        if (lines.Count < 2 || !lines[0].Bullet || !lines[0].HasGeometry || !Bold(lines[0]))
        {
            return null;
        }
        var heads = new bool[lines.Count];
        var count = 0;
        var plain = false;
        var plainBulletLeft = double.MaxValue;
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            if (!Bold(line))
            {
                // A line bold for the most part but not wholly is a title with its dates or an item with a bold lead-in:
                // the face no longer tells the entries' lines apart.
                if (line.Bold)
                {
                    return null;
                }
                plain = true;
                plainBulletLeft = line.Bullet ? Math.Min(plainBulletLeft, line.Left) : plainBulletLeft;
                continue;
            }
            // Bold sets a heading apart however it is punctuated ("…: Harbour Freight."); a long one is an item's stress.
            if (!line.Bullet || line.Text.Count(c => c == ' ') >= 13 || ActionVerbs.StartsWithOne(line.Text))
            {
                return null;
            }
            heads[k] = true;
            count++;
        }
        if (count < 2 || !plain)
        {
            return null;
        }
        for (var k = 0; k < lines.Count; k++)
        {
            if (heads[k] && lines[k].Left > plainBulletLeft - 2)
            {
                return null;
            }
        }
        return heads;
    }

    /// <summary>"• University of Leeds      Sep 2015 – Jun 2019": a line behind a bullet with a cell of only dates set apart
    /// at its end heads an entry; a highlight does not carry its own date column.</summary>
    private static bool HasDateCell(TextLine line)
    {
        if (line.Segments.Count < 2)
        {
            return false;
        }
        var last = line.Segments[^1].Text;
        return DateParser.Find(last) is { } d && DateParser.IsOnlyDate(last, d) && !ActionVerbs.StartsWithOne(line.Segments[0].Text)
            && !IsSentence(line.Segments[0].Text);
    }

    private static bool IsEntryTitleBehindBullet(TextLine line, TextLine next)
    {
        var first = next.Segments[0].Text;
        if (next.Segments.Count == 1 && DateParser.Find(first) is { } d && DateParser.IsOnlyDate(first, d))
        {
            // A line of only dates follows: the icon marks a title; unless a gap sets the dates apart, as the first line
            // of the next entry (a template's dates heading above the job title).
            return !next.GapBefore;
        }
        return IsDateLine(next) && (line.Bold || line.Segments.Count > 1 || HangsUnderItsText(line, next)) && !ActionVerbs.StartsWithOne(line.Text) && !IsSentence(line.Text);
    }

    /// <summary>"• Specialist in Statistics" / "Central Bank of Peru (2013-2015)" / a paragraph: where each entry of a list
    /// is one bullet, a short title on the glyph's line and the dated employer on the next, set flush under the title's
    /// text, go together as the entry's first lines. A line carried on from an item wraps, it does not break after a few
    /// words, and the next entry's first line starts back at the margin.</summary>
    private static bool HangsUnderItsText(TextLine line, TextLine next) =>
        line.HasGeometry && next.HasGeometry && !next.GapBefore && Math.Abs(next.Left - line.Left) <= 2
        && line.Right < next.ColumnRight - 0.25 * (next.ColumnRight - line.Left) && line.Text.Count(c => c == ' ') < 7
        && !line.Text.TrimEnd().EndsWith(',') && next.Text.Length > 0 && char.IsUpper(next.Text[0]);

    /// <summary>A line that dates an entry: a cell of it is only a date, or a range closes it ("Title   May 2020 – Now").</summary>
    private static bool IsDateLine(TextLine line) =>
        line.Segments.Any(s => DateParser.Find(s.Text) is { } d && DateParser.IsOnlyDate(s.Text, d))
        || DateParser.Find(line.Text) is { IsRange: true } range && IsTrailingDate(line.Text, range);

    /// <summary>Where a line's text starts when a column of dates stands left of it: the dates are a column of their
    /// own, so an entry's lines line up with the text beside the dates, not with the dates.</summary>
    private static double TextLeft(TextLine line)
    {
        if (line.Segments.Count > 1 && DateParser.Find(line.Segments[0].Text) is { } d && DateParser.IsOnlyDate(line.Segments[0].Text, d)
            && line.Segments[1].Left > line.Segments[0].Right)
        {
            return line.Segments[1].Left;
        }
        return line.Left;
    }

    /// <summary>"Tools: Dentrix, autoclaves", "Stack: Vue, Nuxt, Vitest": a short label and a colon before a list of two
    /// or more names details the job above it; it heads no entry. Labels that name an entry's own fields ("Employer:",
    /// "Dates:") are not such lists.</summary>
    private static bool IsLabelledList(string text)
    {
        var colon = text.IndexOf(':');
        if (colon < 2 || colon > 30 || text.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }
        var label = text[..colon];
        var list = text[(colon + 1)..];
        return label.Count(c => c == ' ') < 3 && label.All(c => char.IsLetter(c) || c is ' ' or '&' or '/' or '-')
            && list.Count(c => c is ',' or ';') >= 1 && FieldLabels.Of(label) == FieldLabels.Role.None;
    }

    /// <summary>A line the column's edge cut, whose words run on into the next line to make a sentence ("…I collaborate with
    /// teams to implement process" / "improvements, resulting in …"): a paragraph describing the job, however short its
    /// first line reads. An entry's header lines are not wrapped paragraphs.</summary>
    private static bool WrapsAsProse(List<TextLine> lines, int i)
    {
        var (line, next) = (lines[i], i + 1 < lines.Count ? lines[i + 1] : null);
        // A row of cells ("Tallgrass Payments ‖ Remote" set flush right to the column's edge) is no line of a paragraph.
        if (next is null || next.Bullet || line.Bullet || !line.HasGeometry || !next.HasGeometry || DateParser.Find(next.Text) is not null
            || line.Segments.Count > 1)
        {
            return false;
        }
        // Set further above the paragraph than its lines are from each other: a header over its description.
        if (i + 2 < lines.Count && lines[i + 2] is { HasGeometry: true } after && after.Page == next.Page && next.Page == line.Page
            && next.Top - line.Top > after.Top - next.Top + 2)
        {
            return false;
        }
        var own = line.Text.Count(c => c == ' ') + 1;
        // A sentence broken before a small word ("…including cloud adoption" / "in higher education…") runs on in lower case.
        if (!FirstWordWouldNotFit(line, next) && !(own >= 6 && Words.StartsInLowerCase(next.Text)))
        {
            return false;
        }
        var whole = line.Text + " " + next.Text;
        var words = whole.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // Prose is mostly small words in lower case; a wrapped header ("The Church of Jesus Christ of …, Arizona Mission")
        // is mostly capitals.
        if (words.Count(w => char.IsLower(w[0])) * 2 < words.Length)
        {
            return false;
        }
        // A paragraph wrapped over three lines or more is prose whatever its first two lines hold ("F5 Distributed Cloud
        // Services are SaaS-based security," / "networking, and application…" / "enable customers…").
        return words.Length >= 14 || words.Length >= 8 && (whole.TrimEnd().EndsWith('.') || i + 2 < lines.Count && lines[i + 2] is
            { HasGeometry: true, Bullet: false } third && third.Page == next.Page && DateParser.Find(third.Text) is null
            && FirstWordWouldNotFit(next, third));
    }

    private static bool IsSentence(string text)
    {
        var words = text.Count(c => c == ' ') + 1;
        var last = text[(text.LastIndexOf(' ') + 1)..].TrimEnd('.');
        // "Charge Nurse — Evergreen Mobility Corp.": a company's legal form closes a title line, not a sentence.
        var endsSentence = text.EndsWith('.') && !last.Contains('.') && last.Length > 3 && !Places.IsLegalForm(last);
        // A short line that reads as a sentence ("Ran monthly workshops for beginners.") describes, it does not head.
        // A line closed by a semicolon is one clause of a list of duties: no title, employer or date line ends so.
        var endsClause = text.TrimEnd().EndsWith(';');
        if (!endsSentence && !endsClause && IsLongName(text))
        {
            return false;
        }
        return (words >= 6 && (endsSentence || text.Length > 90)) || words >= 14 || words >= 3 && endsSentence && ActionVerbs.StartsWithOne(text)
            || words >= 4 && endsClause;
    }

    /// <summary>
    /// A public body's or a unit's full name runs long ("Ministry of Environment Climate Change and Natural Resources
    /// (MECCNAR)- Central Project Coordination Unit (CPCU), The Gambia"), but it is set in capitals word after word where
    /// a sentence is mostly small words in lower case, and it lists no more than a place after a comma or two.
    /// </summary>
    private static bool IsLongName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 6 and <= 20 && text.Count(c => c == ',') <= 2 && !text.Contains(':')
            && words.Count(w => char.IsLower(w[0])) * 3 < words.Length && !ActionVerbs.StartsWithOne(text);
    }

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

    private static void ReadBody(List<(TextLine Line, LineKind Kind)> body, Entry entry)
    {
        // Items set apart by extra space: the tightest line spacing in the body is the spacing inside an item.
        var tightest = double.MaxValue;
        for (var k = 1; k < body.Count; k++)
        {
            var (a, b) = (body[k - 1].Line, body[k].Line);
            if (a.HasGeometry && a.Page == b.Page && b.Top > a.Top)
            {
                tightest = Math.Min(tightest, b.Top - a.Top);
            }
        }
        StringBuilder? item = null;
        TextLine? previous = null;
        TextLine? itemStart = null;
        var itemIsSentence = false;
        var glyphList = GlyphList.Marks(body.Select(b => b.Line).ToList());
        foreach (var (line, kind) in body)
        {
            var text = line.Text;
            // A glyph set in a taller face than its item lifts the top of the glyph's line: the item's next line stands
            // further below it, and the line after that closer to the next glyph, than the lines' spacing says.
            var slack = Math.Max(2, line.FontSize * 0.25) + (previous is { Bullet: true } && !line.Bullet ? tightest * 0.5 : 0);
            var spaced = previous is not null && line.HasGeometry && previous.Page == line.Page
                && line.Top - previous.Top > tightest + slack;
            var continues = item is not null && previous is not null && !line.Bullet && !spaced
                && !StartsAgainWhereItemStarted(itemStart!, previous, line)
                && (IsContinuation(previous, line, line.HasGeometry) || RunsOnFromFullLine(itemStart!, previous, line)
                    || glyphList && GlyphList.HangsUnderItem(itemStart!, previous, line))
                && ((kind == LineKind.Sentence) == itemIsSentence || glyphList && GlyphList.HangsUnderItem(itemStart!, previous, line));
            if (continues)
            {
                Join(item!, text);
            }
            else
            {
                Flush();
                item = new StringBuilder(text);
                itemStart = line;
                itemIsSentence = kind == LineKind.Sentence;
            }
            previous = line;
        }
        Flush();

        void Flush()
        {
            if (item is { Length: > 0 })
            {
                (itemIsSentence ? entry.Description : entry.Highlights).Add(item.ToString());
            }
            item = null;
        }
    }

    /// <summary>"• Held roles including Teller, Support Clerk, Personal" / "Banking Assistant and Sales Trainee.": a line without
    /// a glyph under a glyph's item whose line ran to the column's edge, no clause closed, carries that item on though its
    /// first word reads as a verb; the next item would have its own glyph.</summary>
    private static bool RunsOnFromFullLine(TextLine start, TextLine previous, TextLine line) =>
        start.Bullet && line.HasGeometry && previous.HasGeometry && previous.Page == line.Page && !EndsClause(previous.Text)
        && FirstWordWouldNotFit(previous, line);

    /// <summary>
    /// Items whose markers are pictures, wrapping back to the left of where their first line starts ("Review the controls
    /// of each audit client to confirm they" / "operate in line with" / "Perform analytical reviews…"): once an item's text
    /// ran on further left, a line starting again where the item started opens the next item.
    /// </summary>
    private static bool StartsAgainWhereItemStarted(TextLine start, TextLine previous, TextLine line) =>
        start != previous && start.HasGeometry && line.HasGeometry && previous.HasGeometry && start.Page == line.Page && previous.Page == line.Page
        && Math.Abs(line.Left - start.Left) < 1.5 && previous.Left < start.Left - Math.Max(4, line.FontSize * 0.5);

    /// <summary>Whether a line carries on the previous one: it starts in lower case, or its first word would not have fit
    /// at the end of the previous line (so the text wrapped there).</summary>
    /// <summary>The line's first word would not have fitted in what the line above left free of its column: the line
    /// above was cut by the column's edge, so this line carries it on (both lines measured, not read).</summary>
    public static bool FirstWordWouldNotFit(TextLine previous, TextLine line) => FirstWordWouldNotFit(previous, line, under: false);

    /// <summary>The same, where the caller knows the line starts under the text it would carry on (a cell's tab stop).</summary>
    private static bool FirstWordWouldNotFit(TextLine previous, TextLine line, bool under)
    {
        var text = line.Text;
        var width = line.Right - line.Left;
        var charWidth = text.Length > 0 ? width / text.Length : line.FontSize * 0.5;
        var space = text.IndexOf(' ');
        var firstWord = space < 0 ? text.Length : space;
        var needed = (firstWord + 1) * charWidth;
        var free = previous.ColumnRight - previous.Right;
        // Under a glyph's line the wrapped text may hang under the item's text, right of the glyph.
        under = under || line.Left <= previous.Left + 2 || previous.Bullet && line.Left <= previous.Left + 2.5 * previous.FontSize;
        return free < needed + 1.5 && under;
    }

    public static bool IsContinuation(TextLine previous, TextLine line, bool geometry)
    {
        var text = line.Text;
        if (text.Length == 0 || line.Bullet)
        {
            return false;
        }
        if (previous.Block >= 0 && line.Block >= 0)
        {
            return previous.Block == line.Block; // the producer tagged its paragraphs: no need to guess from the margin
        }
        // A wrapped line keeps its paragraph's type: a line set markedly larger than the one above opens something new
        // (a job title written in lower case, "konsultant ds. dostępności", under the last job's paragraph).
        if (geometry && line.HasGeometry && previous.HasGeometry && line.FontSize > previous.FontSize * 1.2)
        {
            return false;
        }
        var prev = previous.Text.TrimEnd();
        if (Words.StartsInLowerCase(text) || prev.EndsWith('-') && !prev.EndsWith(" -", StringComparison.Ordinal))
        {
            return true;
        }
        if (prev.EndsWith('.') || prev.EndsWith(';') || prev.EndsWith('!') || prev.EndsWith('?') || ActionVerbs.StartsWithOne(text))
        {
            return false;
        }
        if (ActionVerbs.EndsMidPhrase(prev))
        {
            return true;
        }
        if (geometry && line.HasGeometry && previous.HasGeometry)
        {
            if (line.Page != previous.Page && Math.Abs(line.Left - previous.Left) > 30)
            {
                return false;
            }
            return FirstWordWouldNotFit(previous, line);
        }
        if (!geometry && line.Indent > 0)
        {
            // Plain text wrapped under a bullet is indented to the bullet's text.
            return line.Indent >= previous.Indent + (previous.Bullet ? 1 : 0) && previous.Text.Length >= 50;
        }
        return false;
    }

    public static void Join(StringBuilder item, string next)
    {
        if (item.Length > 0 && item[^1] == '-' && item.Length > 1 && char.IsLetter(item[^2]))
        {
            if (item.Length >= 3 && Hyphenation.IsBreak(item.ToString(item.Length - 3, 3), next))
            {
                item.Length--;
            }
            item.Append(next);
        }
        else
        {
            item.Append(' ').Append(next);
        }
    }

    /// <summary>"Northwind Labs:" set in bold before "Platform Engineer" in the line's plain type: a colon closing a
    /// cell that another cell follows joins the two, as a dash would, and is neither's text. A field's label ("Employer:")
    /// keeps it, as that names what follows.</summary>
    private static string WithoutJoiningColon(string text, TextLine line, int k)
    {
        var trimmed = text.TrimEnd();
        return k + 1 < line.Segments.Count && trimmed.EndsWith(':') && trimmed.Length > 1
            && FieldLabels.Of(trimmed[..^1]) == FieldLabels.Role.None
            ? trimmed[..^1]
            : text;
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
