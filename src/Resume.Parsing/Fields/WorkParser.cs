using Resume.Parsing.Layout;
using ModelWork = Resume.Model.Work;
using ModelVolunteer = Resume.Model.Volunteer;

namespace Resume.Parsing.Fields;

/// <summary>Work and volunteer entries: position, organisation, place, dates, highlights.</summary>
internal static partial class WorkParser
{
    /// <summary>"01/10/2020 – aktuell  Research Assistant" over "Institut für Mechatronik (LUH)": where the header names a
    /// title and no employer, a short first line under it that names an institution, and is no sentence, is the employer
    /// set in the body's face. It leaves the entry's body.</summary>
    private static string? InstitutionUnderTitle(Entry entry)
    {
        foreach (var body in new[] { entry.Highlights, entry.Description })
        {
            if (body.Count > 0 && body[0].Trim() is { Length: > 0 } first && !first.EndsWith('.') && !first.EndsWith(':')
                && first.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && char.IsUpper(first[0])
                && RoleWords.NamesInstitution(first) && RoleWords.TitleScore(first) <= 0 && DateParser.Find(first) is null)
            {
                body.RemoveAt(0);
                return first;
            }
        }
        return null;
    }

    public static List<ModelWork> Parse(IReadOnlyList<TextLine> lines)
    {
        if (SaysNoJobYet(lines))
        {
            return [];
        }
        // "Employer | Role | Dates" over the rows: a header row names the columns before any cell reads as a label.
        if (WorkTable.TryRead(lines, out var tabled))
        {
            return tabled;
        }
        if (LabelledRecords.TryRead(lines, out var records))
        {
            // A form written for every section names a job's employer with the school's label ("Institución:").
            return records.Where(r => r.Values.ContainsKey(FieldLabels.Role.Position) || r.Values.ContainsKey(FieldLabels.Role.Employer)
                    || r.Title is not null && r.Values.ContainsKey(FieldLabels.Role.Institution))
                .Select(FromRecord).ToList();
        }
        if (ProseJobs.TryRead(lines, out var told))
        {
            return told;
        }
        if (RunInJobs.TryRead(lines, out var runIn))
        {
            return runIn;
        }
        var result = new List<ModelWork>();
        var headers = new List<string>();
        var onTerm = new List<bool>();
        string? lastCompany = null;
        string? lastPlace = null;
        var underEmployer = false;
        var grouped = false;
        DateRange? groupDates = null;
        var nested = false;
        var entries = ProjectsInsideJobs(EntryReader.Read(lines, jobs: true));
        var titleFirst = SectionOrder(entries);
        var faces = FacedRoles.Of(entries);
        RoleGroup? roleGroup = null;
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (k + 1 < entries.Count && EmployerOverTitle(entry, entries[k + 1]) is { } employer)
            {
                (lastCompany, lastPlace) = (employer, null);
                underEmployer = true;
                grouped = false;
                continue;
            }
            if (entry.HoldsRoles || k + 1 < entries.Count && HoldsRoles(entry, entries[k + 1]))
            {
                // The employer's own line (its years, a line on what it does) over the roles held there.
                (lastCompany, lastPlace) = EmployerAndPlace(string.Join(", ", entry.Parts));
                lastPlace ??= entry.Location;
                underEmployer = true;
                grouped = entry.HoldsRoles;
                groupDates = grouped ? entry.Dates : null;
                nested = k + 1 < entries.Count && entries[k + 1].Role;
                continue;
            }
            if (nested && !entry.Role)
            {
                // A line at the margin after a multilevel list's roles is the next employer's, not another role.
                (underEmployer, grouped, nested, lastCompany, groupDates) = (false, false, false, null, null);
            }
            var role = OrderedAsSection(RoleParser.Parse(entry.Parts, titleFirst), entry, titleFirst);
            if (faces is { } faced && !underEmployer && FacedRoles.Read(entry, faced, role) is { } byFace)
            {
                role = byFace;
            }
            if (entry.TitleAbove is { } above)
            {
                var (beside, place) = EmployerAndPlace(string.Join(", ", entry.Parts.Skip(above.Parts)));
                role = new RoleSplit(above.Text, beside, entry.Location ?? place);
            }
            else if (underEmployer && grouped && entry.Parts.Count == 2 && entry.Dates is not null)
            {
                // Under an employer's line with only its length of service, a role is its title and the place below it.
                role = new RoleSplit(entry.Parts[0], null, entry.Parts[1]);
            }
            else if (underEmployer && entry.Parts.Count == 1 && role.Organisation is not null)
            {
                // A role's line under its employer's is a title, commas and all ("Vice President, Operations").
                var title = role.Location is { } at && entry.Parts[0].EndsWith(at, StringComparison.Ordinal)
                    ? entry.Parts[0][..^at.Length].TrimEnd(' ', ',', '-', '–', '|') : entry.Parts[0];
                role = new RoleSplit(title, null, role.Location);
            }
            var inGroup = false;
            if (roleGroup is { } group && !underEmployer && AnotherRoleOf(entry, group, role) is { } another)
            {
                (role, inGroup) = (another, true);
            }
            if (role.Position is null && role.Organisation is null && entry.Dates is null && !entry.HasBody)
            {
                continue;
            }
            var company = role.Organisation;
            if (company is null && role.Position is not null && !underEmployer && InstitutionUnderTitle(entry) is { } under)
            {
                company = under;
            }
            if (company is null && role.Position is not null && lastCompany is not null)
            {
                company = lastCompany; // another role at the same employer, listed without repeating its name
            }
            if (role.Position is null && role.Organisation is null && result.Count > 0 && entry.Dates is null)
            {
                // Body lines that run on past a page or column break belong to the entry above.
                result[^1] = result[^1] with { Highlights = [.. result[^1].Highlights, .. entry.Highlights] };
                continue;
            }
            lastCompany = company ?? lastCompany;
            underEmployer = underEmployer && role.Organisation is null;
            lastPlace = underEmployer ? lastPlace : null;
            // A description set as running text is the job's summary, whatever its sentences open with: only items printed
            // as a list are its highlights (real profiles' paragraphs of "Led …. Developed …." are read so by people too).
            // A role listed under its employer's dates without its own held them.
            var dates = entry.Dates ?? (underEmployer && grouped ? groupDates : null);
            var (position, highlights, body) = (role.Position, entry.Highlights, entry.Description);
            var jobPlace = role.Location;
            var listed = company is null ? null : LabelledTitle.Find(highlights);
            var inText = company is null || listed is not null ? null : LabelledTitle.Find(body);
            if ((listed ?? inText) is { } labelled)
            {
                // The body's line labelled "Cargo:" / "Position:" gives the title where the header gave none, or gave a piece
                // with no title's words ("Barra Mansa RJ"): that piece is where the job was. A title the header does give
                // stays over a labelled function ("Funktion: Leitung von zwölf Mitarbeitenden").
                if (position is null || RoleWords.TitleScore(position) <= 0)
                {
                    jobPlace ??= position;
                    position = labelled.Title;
                    (highlights, body) = listed is not null ? (labelled.Body, body) : (highlights, labelled.Body);
                }
            }
            var description = body.Count > 0 ? string.Join(' ', body) : null;
            headers.Add(string.Join(" ", entry.Parts));
            onTerm.Add(TermCourses.EndsOnTerm(entry));
            roleGroup = inGroup ? roleGroup : GroupOf(entry, company, role.Position, role.Location ?? entry.Location);
            result.Add(new ModelWork
            {
                Name = company,
                Position = position is { } held ? RoleParser.WithoutClosingStop(held.TrimStart('.', ',', ';', ':', ' ')) : null,
                Location = jobPlace ?? entry.Location ?? lastPlace,
                StartDate = dates?.Start,
                EndDate = dates?.EntryEnd,
                Summary = description,
                Highlights = highlights,
            });
        }
        var kept = TermCourses.Kept(result, onTerm);
        (result, headers) = ([.. kept.Select(i => result[i])], [.. kept.Select(i => headers[i])]);
        return SamePlaceAcrossSection(SameEmployerAcrossSection(CoursesTaughtDropped(result), headers));
    }

    /// <summary>"Cashier Lawton, OK" where another job of the section was read as held in "Lawton, OK": a place the
    /// section names for one job closes another's title or employer the same way, glued on with no comma or face of its
    /// own to set it apart. (A person's jobs are often in one town.)</summary>
    private static List<ModelWork> SamePlaceAcrossSection(List<ModelWork> jobs)
    {
        var places = jobs.Select(j => j.Location).OfType<string>().Where(p => p.Contains(", ", StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (places.Count == 0)
        {
            return jobs;
        }
        for (var k = 0; k < jobs.Count; k++)
        {
            if (jobs[k].Location is not null)
            {
                continue;
            }
            foreach (var place in places)
            {
                if (WithoutPlace(jobs[k].Position, place) is { } title)
                {
                    jobs[k] = jobs[k] with { Position = title, Location = place };
                    break;
                }
                if (WithoutPlace(jobs[k].Name, place) is { } name)
                {
                    jobs[k] = jobs[k] with { Name = name, Location = place };
                    break;
                }
            }
        }
        return jobs;

        static string? WithoutPlace(string? text, string place) =>
            text is not null && text.Length > place.Length + 1 && text.EndsWith(" " + place, StringComparison.OrdinalIgnoreCase)
                ? text[..^place.Length].TrimEnd(' ', ',', '-', '–', '|') is { Length: > 0 } rest ? rest : null
                : null;
    }

    /// <summary>"Rutgers: Math 152 Calculus II · Spring 2023", "Behavioural Finance (undergraduate), TA; Algorithmic Trading
    /// (undergraduate), TA · 2024": an academic's list of courses taught, one line a term, names a course (by its code, or
    /// by the level of study in brackets) where an entry names its employer, and no employer besides; it lists what the
    /// appointments held above were spent on, not jobs of their own. A line naming an employer as well stays a job.</summary>
    private static List<ModelWork> CoursesTaughtDropped(List<ModelWork> jobs)
    {
        var kept = jobs.Where(j => !(j.Highlights.Count == 0 && string.IsNullOrEmpty(j.Summary)
            && (NamesCourse(j.Name) && (j.Position is null || NamesCourse(j.Position))
                || NamesCourse(j.Position) && (j.Name is null || j.Name.Length <= 3)))).ToList();
        // A section of courses only: its label lines ("Instructor:", "Teaching Assistant:") head the courses, not jobs.
        return kept.Count < jobs.Count && kept.All(j => j.Name is null && j.StartDate is null && j.Highlights.Count == 0) ? [] : kept;
    }

    private static bool NamesCourse(string? text) => text is not null && CourseName().IsMatch(text);

    /// <summary>A course's code ("Math 152", "ECON 101", "CS2110") or the level of study it was taught at, in brackets.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b\p{Lu}\p{L}{1,4} ?(?:\d{3}(?!\d)|(?!19|20)\d{4})[A-Z]?\b(?!\s*[-–])|\((?i:under|post)?(?i:graduate|undergrad)\)")]
    private static partial System.Text.RegularExpressions.Regex CourseName();

    /// <summary>The faces a job's title and employer were set in, and the employer, for the roles listed under it.</summary>
    private sealed record RoleGroup(Face Title, Face Employer, string Name, string? Place);

    /// <summary>The faces an entry of two or more pieces set its title and employer in, where they differ.</summary>
    private static RoleGroup? GroupOf(Entry entry, string? employer, string? title, string? place)
    {
        if (employer is null || title is null || entry.Parts.Count < 2 || entry.Faces.Count != entry.Parts.Count)
        {
            return null;
        }
        var t = entry.Parts.FindIndex(p => p.Contains(title, StringComparison.Ordinal));
        var e = entry.Parts.FindIndex(p => p.Contains(employer, StringComparison.Ordinal));
        return t >= 0 && e >= 0 && t != e && entry.Faces[t] != entry.Faces[e] ? new RoleGroup(entry.Faces[t], entry.Faces[e], employer, place) : null;
    }

    /// <summary>"Bentley Labs" in bold over "Software Engineer ‖ 2018 – now" in italic, then "Graduate placement ‖ 2017 –
    /// 2018" in italic: a dated line of one piece set in the face of the title above it, not the employer's, is another
    /// role held at that employer, listed without repeating its name, whatever its words read as ("Placement de fin
    /// d'études", "Stock Desk SME"). A piece that names a company by its legal form or an institution is its own employer.</summary>
    private static RoleSplit? AnotherRoleOf(Entry entry, RoleGroup group, RoleSplit words)
    {
        if (entry.Parts.Count != 1 || entry.Faces.Count != 1 || entry.Dates is null || entry.Faces[0] != group.Title
            || entry.Faces[0] == group.Employer || words.Organisation is null || words.Position is not null
            || RoleParser.NamesLegalForm(entry.Parts[0]) || RoleWords.NamesInstitution(entry.Parts[0]) || NamesBreak(entry.Parts[0]))
        {
            return null;
        }
        return new RoleSplit(words.Organisation, group.Name, words.Location ?? entry.Location ?? group.Place);
    }

    /// <summary>"Sabbatical / Weiterbildung", "Elternzeit", "Career break": time away from work between jobs, held at no employer.</summary>
    private static bool NamesBreak(string piece) =>
        piece.Split([' ', '/', ',', '(', ')', '-', '&'], StringSplitOptions.RemoveEmptyEntries).Any(w => BreakWords.Contains(w))
        || piece.Contains("career break", StringComparison.OrdinalIgnoreCase) || piece.Contains("parental leave", StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> BreakWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sabbatical", "sabbatjahr", "elternzeit", "mutterschutz", "auszeit", "weiterbildung", "maternity", "paternity", "travelling",
        "traveling", "congé", "césure", "excedencia",
    };

    /// <summary>
    /// "Data Science Department, Harlow University" where another job of the section names "Harlow University" alone, or
    /// "Marketing Manager - Service Providers, Brightline Inc." beside "Cloud Engineer, Brightline Inc.": the section
    /// names its employers one way, so the words before that name are a unit within the employer; when a dash joined
    /// them to the title they are the title's own qualifier.
    /// </summary>
    private static List<ModelWork> SameEmployerAcrossSection(List<ModelWork> jobs, List<string> headers)
    {
        var names = jobs.Select(j => j.Name).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Count < 2)
        {
            return jobs;
        }
        for (var k = 0; k < jobs.Count; k++)
        {
            if (jobs[k].Name is not { } name)
            {
                continue;
            }
            for (var comma = name.IndexOf(", ", StringComparison.Ordinal); comma > 0; comma = name.IndexOf(", ", comma + 2, StringComparison.Ordinal))
            {
                var (unit, employer) = (name[..comma], name[(comma + 2)..]);
                // A place another job was misread as naming ("Pune") is no employer to fold this one into.
                if (!names.Contains(employer) || names.Contains(unit) || IsPlaceName(employer) || Places.Score(unit) > 0
                    || RoleWords.TitleScore(unit) > 0.5 && !DashQualified(headers[k], jobs[k].Position ?? "", unit))
                {
                    continue;
                }
                jobs[k] = jobs[k] with
                {
                    Name = employer,
                    Position = jobs[k].Position is { } title && DashQualified(headers[k], title, unit) ? title + " - " + unit : jobs[k].Position,
                };
                break;
            }
        }
        return jobs;
    }

    private static bool IsPlaceName(string text) => Places.Score(text) > 0 && !RoleWords.NamesOrganisation(text);

    private static bool DashQualified(string header, string title, string unit) =>
        new[] { " - ", " – ", " — " }.Any(dash => header.Contains(title + dash + unit, StringComparison.Ordinal));

    /// <summary>Whether the section's entries put the title before the employer (true), after it (false), or cannot tell
    /// (null): one person lays out all their jobs' lines alike. The entries vote, each by its own words; an employer whose
    /// name happens to read as a title ("Head Start Salon") is one misleading voice, so a single clear entry does not
    /// outweigh several that lean the other way, and a clear majority outweighs one dissenter.</summary>
    private static bool? SectionOrder(List<Entry> entries)
    {
        var (before, after, lean) = (0, 0, 0.0);
        var weak = new List<double>();
        foreach (var entry in entries)
        {
            if (RoleParser.Parse(entry.Parts) is not { Position: { } title, Organisation: { } employer }
                || TitleBeforeEmployer(entry, title, employer) is not { } titleBefore)
            {
                continue;
            }
            if (RoleParser.JoinsTitleToEmployer(string.Join(" ", entry.Parts)))
            {
                before++;
                continue;
            }
            var margin = RoleWords.TitleScore(title) - RoleWords.TitleScore(employer);
            var signed = titleBefore ? margin : -margin;
            lean += signed;
            if (margin >= RoleParser.Undecided)
            {
                _ = titleBefore ? before++ : after++;
            }
            else if (margin > 0)
            {
                weak.Add(signed);
            }
        }
        if (before > 0 || after > 0)
        {
            var (most, fewest, first) = before >= after ? (before, after, true) : (after, before, false);
            if (fewest > 0)
            {
                return most >= 2 * fewest && most >= fewest + 2 ? first : null;
            }
            // One clear entry against two or more that each lean the other way, however weakly: its words are the
            // likelier to mislead than all of theirs.
            var against = weak.Where(w => first ? w < 0 : w > 0).ToList();
            return most == 1 && against.Count >= 2 && Math.Abs(against.Sum()) >= RoleParser.Undecided ? null : first;
        }
        // No entry reads plainly alone: the entries' weak leanings, taken together, still say how the person orders them.
        return Math.Abs(lean) >= RoleParser.Undecided ? lean > 0 : null;
    }

    /// <summary>Whether the title stands before the employer in the entry's header, found by where each begins (a title
    /// joined from two pieces, "Retail assistant / Duty manager", is found by its first).</summary>
    private static bool? TitleBeforeEmployer(Entry entry, string title, string employer)
    {
        var text = string.Join(" ", entry.Parts);
        static string Opening(string piece) => piece.Split(" / ")[0];
        var (t, e) = (text.IndexOf(Opening(title), StringComparison.Ordinal), text.IndexOf(Opening(employer), StringComparison.Ordinal));
        return t >= 0 && e >= 0 && t != e ? t < e : null;
    }

    /// <summary>How far apart the two pieces' title scores must be for one entry to read against the order all the
    /// section's other plainly read entries keep.</summary>
    private const double AgainstSection = 2.0;

    /// <summary>"AGENT D'ENTRETIEN" over "Hôtel Mocka, Meylan" and then "ASSURANCE" over "Alyor, Montpellier": one person
    /// sets all their jobs' lines alike, so an entry whose pieces read the other way only weakly takes the section's order.</summary>
    private static RoleSplit OrderedAsSection(RoleSplit role, Entry entry, bool? titleFirst)
    {
        if (titleFirst is not { } first || role is not { Position: { } title, Organisation: { } employer }
            || TitleBeforeEmployer(entry, title, employer) is not { } before || before == first
            || before && RoleParser.JoinsTitleToEmployer(string.Join(" ", entry.Parts))
            || RoleParser.NamesLegalForm(employer) && !RoleParser.NamesLegalForm(title)
            // A place read as the employer ("…, Curriculum Lead – Graz, Styria") is no title: other rules place it.
            || Places.Score(employer) > 0
            || RoleWords.TitleScore(title) - RoleWords.TitleScore(employer) >= AgainstSection)
        {
            return role;
        }
        var (name, place) = EmployerAndPlace(title);
        return new RoleSplit(employer, name, role.Location ?? place);
    }

    /// <summary>An entry with no list of its own whose dates hold the next entry's, a single title line: the first is an
    /// employer ("ACME CORP, Town · 2019 – Present", perhaps a line on what it does) and the next a role held there.
    /// Years alone around month dates, or a span wider than the role's, say so; equal month ranges do not.</summary>
    private static bool HoldsRoles(Entry outer, Entry inner)
    {
        if (outer.Highlights.Count > 0 || outer.Parts.Count == 0 || inner.Parts.Count != 1 || outer.Dates is not { IsRange: true } o
            || inner.Dates is not { IsRange: true } i || o.Start is null || i.Start is null)
        {
            return false;
        }
        // Two lines that each name a title and an employer are two jobs, however their years overlap.
        if (RoleParser.Parse(outer.Parts) is { Position: not null, Organisation: not null }
            && RoleParser.Parse(inner.Parts) is { Position: not null, Organisation: not null })
        {
            return false;
        }
        static int Year(string date) => int.Parse(date.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var startsInside = Year(i.Start) >= Year(o.Start) && string.CompareOrdinal(i.Start, o.Start) >= 0;
        var endsInside = o.Current || !i.Current && i.End is not null && o.End is not null && Year(i.End) <= Year(o.End);
        var wider = o.Start.Length == 4 && i.Start.Length > 4 || o.Start != i.Start || o.End != i.End || o.Current != i.Current;
        return startsInside && endsInside && wider;
    }

    /// <summary>"Brightline Inc. ‖ 12 Main St, Springfield" with a paragraph on what the company does, then the job's own
    /// dates and title: an undated entry with no list of its own that names an organisation, right over a dated entry
    /// that holds only a title, is the employer's line of that job. Returns the employer.</summary>
    private static string? EmployerOverTitle(Entry outer, Entry inner)
    {
        if (outer.Dates is not null || outer.Highlights.Count > 0 || outer.Parts.Count == 0 || inner.Dates is null
            || RoleParser.Parse(inner.Parts) is not { Organisation: null, Position: { } title }
            || RoleParser.Parse(outer.Parts) is not { Organisation: { } employer, Position: null })
        {
            return null;
        }
        return RoleWords.TitleScore(employer) < RoleWords.TitleScore(title) ? employer : null;
    }

    private static (string Employer, string? Place) EmployerAndPlace(string text)
    {
        if (Places.SplitTrailingPlace(text) is { } split)
        {
            return (split.Head, split.Place);
        }
        return RoleParser.TrailingTownAndRegion(text) is { } trailing ? (trailing.Head, trailing.Place) : (text, null);
    }

    private static ModelWork FromRecord(LabelledRecords.Record record)
    {
        var employer = record.Values.GetValueOrDefault(FieldLabels.Role.Employer)
            ?? (record.Title is not null ? record.Values.GetValueOrDefault(FieldLabels.Role.Institution) : null);
        string? location = null;
        if (employer is null && record.Values.GetValueOrDefault(FieldLabels.Role.Other) is { } business
            && record.Values.ContainsKey(FieldLabels.Role.Position))
        {
            // A record with no employer's label that names the business it worked in: that business, less its town
            // ("Harbour Bank - Leeds, UK"), is the only employer it gives.
            var dash = BusinessAndTown().Match(business);
            employer = (dash.Success ? business[..dash.Index] : business).Trim().TrimEnd('.');
            location = dash.Success ? business[(dash.Index + dash.Length)..].Trim() : null;
        }
        else if (employer is not null && Places.SplitTrailingPlace(employer) is { } split)
        {
            (employer, location) = (split.Head, split.Place);
        }
        return new ModelWork
        {
            Name = WithoutClosingStop(employer),
            Position = WithoutClosingStop(record.Values.GetValueOrDefault(FieldLabels.Role.Position) ?? record.Title),
            Location = location,
            StartDate = record.Dates?.Start,
            EndDate = record.Dates?.EntryEnd,
            Highlights = record.Activities,
        };
    }

    /// <summary>A form's value typed as a sentence ("Cargo: Estagiário de TI.") ends with a full stop that is not the
    /// name's; an abbreviation's stop ("Acme Ltd.", "Smith & Co.", "S.A.") is: a short word in capital and small letters,
    /// or one with stops inside it. An acronym ("TI", "IT") takes none.</summary>
    private static string? WithoutClosingStop(string? value)
    {
        if (value is null || !value.EndsWith('.') || value.EndsWith("..", StringComparison.Ordinal))
        {
            return value;
        }
        var last = value[(value.LastIndexOf(' ') + 1)..^1];
        var abbreviation = last.Contains('.') || last.Length <= 4 && last.Any(char.IsLower);
        return abbreviation ? value : value[..^1].TrimEnd();
    }

    public static List<ModelVolunteer> ParseVolunteer(IReadOnlyList<TextLine> lines) => Parse(lines).Select(AsVolunteer).ToList();

    /// <summary>The same post read as unpaid service: the employer is the organisation served.</summary>
    public static ModelVolunteer AsVolunteer(ModelWork w) => new()
    {
        Organization = w.Name,
        Position = w.Position,
        StartDate = w.StartDate,
        EndDate = w.EndDate,
        Summary = w.Summary,
        Highlights = w.Highlights,
    };

    /// <summary>
    /// "Engineer   Acme   2015 – 2017" with no list of its own, then "Line Robot   2016 – 2017" and its bullets, "Ball
    /// Sorter   2015 – 2016" and its bullets: lines that name one thing, each dated within the job's own years, right
    /// under a job's header that says what was held and where, are the projects done in that job, not jobs. Their
    /// lists are the job's.
    /// </summary>
    private static List<Entry> ProjectsInsideJobs(List<Entry> entries)
    {
        List<Entry>? kept = null;
        Entry? host = null;
        for (var k = 0; k < entries.Count; k++)
        {
            var entry = entries[k];
            if (host is not null && IsProjectWithin(entry, host.Dates!))
            {
                kept ??= entries.Take(k).ToList();
                host.Highlights.AddRange(entry.Highlights);
                host.Highlights.AddRange(entry.Description);
                continue;
            }
            host = entry is { HasBody: false, HoldsRoles: false, Role: false, Dates.Start: not null, Parts.Count: >= 2 }
                && k + 1 < entries.Count && IsProjectWithin(entries[k + 1], entry.Dates) ? entry : null;
            kept?.Add(entry);
        }
        return kept ?? entries;
    }

    private static bool IsProjectWithin(Entry entry, DateRange job) =>
        entry is { Parts.Count: 1, HoldsRoles: false, Role: false, Dates.Start: { } start } && entry.HasBody
        && RoleWords.TitleScore(entry.Parts[0]) <= 0 && !RoleWords.NamesOrganisation(entry.Parts[0])
        && NotBefore(start, job.Start!) && (job.EntryEnd is not { } end || entry.Dates!.EntryEnd is { } own && NotBefore(end, own));

    /// <summary>Whether date <paramref name="a"/> is not earlier than <paramref name="b"/>, compared to the coarser of
    /// the two ("2017" is not before "2017-09").</summary>
    private static bool NotBefore(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        return string.CompareOrdinal(a, 0, b, 0, n) >= 0;
    }

    /// <summary>"Fresher" (Indian English for a newcomer to work), "None", "N/A", "No experience yet": a section whose only
    /// line says there is no job to list holds none.</summary>
    private static bool SaysNoJobYet(IReadOnlyList<TextLine> lines) =>
        lines.Count is 1 or 2 && lines.All(l => NoJobYet().IsMatch(l.Text.Trim().TrimEnd('.', '!')));

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:(?:i\s+am\s+(?:a\s+)?)?fresher|none(?:\s+yet)?|nil|n/?a|not\s+applicable"
        + @"|(?:no|without)\s+(?:prior\s+|previous\s+|professional\s+|work\s+)*(?:work\s+)?experience(?:\s+yet)?)$",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex NoJobYet();

    /// <summary>The dash between a business and its town ("Harbour Bank - Leeds, UK"), spaced on at least one side so a
    /// hyphenated name keeps its hyphen.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s*[-–]\s+|\s+[-–]\s*")]
    private static partial System.Text.RegularExpressions.Regex BusinessAndTown();
}
