using Resume.Model;
using Resume.Rendering.Text;

namespace Resume.Rendering.Optimized;

/// <summary>
/// Builds the rewrite's outline from a parsed resume: the guide's section order, standard headings, entries newest first,
/// dates in one style, and everything bounded by <see cref="RenderLimits"/> with what was cut named in the notes.
/// </summary>
internal sealed partial class ResumeOutlineBuilder
{
    private readonly RenderLimits _limits;
    private readonly List<string> _notes = [];
    private int _budget;
    private bool _clipped;

    private ResumeOutlineBuilder(RenderLimits limits) => (_limits, _budget) = (limits, limits.MaxResumeChars);

    private bool Spent => _budget <= 0;

    public static ResumeOutline Build(ResumeDocument resume, GuideSummary guide, RenderLimits limits)
    {
        ArgumentNullException.ThrowIfNull(resume);
        ArgumentNullException.ThrowIfNull(guide);
        return new ResumeOutlineBuilder(limits).Outline(resume, guide);
    }

    private ResumeOutline Outline(ResumeDocument resume, GuideSummary guide)
    {
        var basics = resume.Basics;
        var name = Line(basics.Name, 120);
        var headline = Line(basics.Label, 200);
        var contact = Contact(basics);
        var sections = new List<OutlineSection>();
        foreach (var kind in SectionHeadings.Order(guide))
        {
            if (Spent)
            {
                break;
            }
            var blocks = Blocks(kind, resume);
            if (blocks.Count > 0)
            {
                sections.Add(new OutlineSection(kind, SectionHeadings.For(kind), blocks));
            }
        }
        if (_clipped)
        {
            _notes.Add($"Some very long texts are shortened; each cut is marked with {CleanText.Ellipsis}");
        }
        if (Spent)
        {
            _notes.Add($"The resume is longer than the rewrite's limit of {_limits.MaxResumeChars:N0} characters: the text after that point is left out.");
        }
        return new ResumeOutline(name.Length > 0 ? name : "Resume", headline, contact, sections, _notes);
    }

    private List<string> Contact(Basics basics)
    {
        var items = new List<string> { Line(basics.Email, 200), Line(basics.Phone, 60), Line(Place(basics.Location), 200) };
        var urls = new List<string>();
        if (!string.IsNullOrWhiteSpace(basics.Url))
        {
            urls.Add(basics.Url);
        }
        foreach (var profile in basics.Profiles.Take(10))
        {
            urls.Add(!string.IsNullOrWhiteSpace(profile.Url) ? profile.Url
                : !string.IsNullOrWhiteSpace(profile.Username) ? $"{profile.Network}: {profile.Username}".TrimStart(':', ' ')
                : "");
        }
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        items.AddRange(urls.Select(u => Line(Links.Display(u), 300)).Where(u => seen.Add(u)));
        return items.Where(i => i.Length > 0).ToList();
    }

    private static string Place(Location? location)
    {
        if (location is null)
        {
            return "";
        }
        var parts = new[] { location.City, location.Region, string.IsNullOrWhiteSpace(location.City) ? location.CountryCode : null };
        return string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
    }

    private List<OutlineBlock> Blocks(string kind, ResumeDocument resume) => kind switch
    {
        SectionKinds.Summary => Prose(resume.Basics.Summary),
        SectionKinds.Skills => Skills(resume.Skills),
        SectionKinds.Work => Entries(Newest(resume.Work, w => (w.StartDate, w.EndDate)), kind, w => Experience(w.Position, w.Name, w.Location, w.StartDate, w.EndDate, w.Summary, w.Highlights)),
        SectionKinds.Volunteer => Entries(Newest(resume.Volunteer, v => (v.StartDate, v.EndDate)), kind, v => Experience(v.Position, v.Organization, null, v.StartDate, v.EndDate, v.Summary, v.Highlights)),
        SectionKinds.Education => Entries(Newest(resume.Education, e => (e.StartDate, e.EndDate)), kind, Education),
        SectionKinds.Projects => Entries(Newest(resume.Projects, p => (p.StartDate, p.EndDate)), kind, Project),
        SectionKinds.Certificates => Entries(resume.Certificates, kind, c => Single(c.Name, c.Issuer, c.Date)),
        SectionKinds.Awards => Entries(resume.Awards, kind, a => [.. Single(a.Title, a.Awarder, a.Date), .. Prose(a.Summary)]),
        SectionKinds.Publications => Entries(resume.Publications, kind, p => [.. Single(p.Name, p.Publisher, p.ReleaseDate), .. Prose(p.Summary)]),
        SectionKinds.Languages => Joined(resume.Languages.Select(l =>
            string.IsNullOrWhiteSpace(l.Fluency) ? l.Name : $"{l.Name?.Trim()} ({l.Fluency.Trim()})")),
        SectionKinds.Interests => Interests(resume.Interests),
        SectionKinds.References => Entries(resume.References, kind, r =>
            Prose(string.IsNullOrWhiteSpace(r.Name) ? r.Text : $"{r.Text?.Trim()} — {r.Name.Trim()}")),
        _ => [],
    };

    private List<OutlineBlock> Experience(string? position, string? organisation, string? location, string? start, string? end, string? summary, IReadOnlyList<string> highlights)
    {
        var (title, subtitle) = string.IsNullOrWhiteSpace(position) ? (organisation, null) : (position, organisation);
        var blocks = new List<OutlineBlock>();
        if (Entry(title, ResumeDates.Range(start, end), subtitle, location) is { } entry)
        {
            blocks.Add(entry);
        }
        blocks.AddRange(Prose(summary));
        blocks.AddRange(Bullets(highlights));
        return blocks;
    }

    private List<OutlineBlock> Education(Education education)
    {
        var degree = string.Join(", ", new[] { education.StudyType, education.Area }.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()));
        var blocks = new List<OutlineBlock>();
        var (title, subtitle) = string.IsNullOrWhiteSpace(education.Institution) ? (degree, "") : (education.Institution, degree);
        if (Entry(title, ResumeDates.Range(education.StartDate, education.EndDate), subtitle, education.Score) is { } entry)
        {
            blocks.Add(entry);
        }
        if (Labeled("Courses", education.Courses) is { } courses)
        {
            blocks.Add(courses);
        }
        return blocks;
    }

    private List<OutlineBlock> Project(Project project)
    {
        var blocks = new List<OutlineBlock>();
        if (Entry(project.Name, ResumeDates.Range(project.StartDate, project.EndDate, openEndedIsCurrent: false), Links.Display(project.Url), null) is { } entry)
        {
            blocks.Add(entry);
        }
        blocks.AddRange(Prose(project.Description));
        blocks.AddRange(Bullets(project.Highlights));
        if (Labeled("Technologies", project.Keywords) is { } keywords)
        {
            blocks.Add(keywords);
        }
        return blocks;
    }

    /// <summary>A one-line entry: name, its issuer or publisher after a dash, the date flush right.</summary>
    private List<OutlineBlock> Single(string? name, string? by, string? date)
    {
        var title = string.IsNullOrWhiteSpace(by) ? name : string.IsNullOrWhiteSpace(name) ? by : $"{name.Trim()} — {by.Trim()}";
        return Entry(title, ResumeDates.Format(date), null, null) is { } entry ? [entry] : [];
    }

    private List<OutlineBlock> Skills(IReadOnlyList<Skill> skills)
    {
        var blocks = new List<OutlineBlock>();
        var unnamed = new List<string>();
        foreach (var skill in skills.Take(_limits.MaxEntriesPerSection))
        {
            if (string.IsNullOrWhiteSpace(skill.Name) || skill.Keywords.Count == 0)
            {
                // A group with no name and skills listed one by one read best as one list of their own.
                unnamed.AddRange(skill.Keywords.Count == 0 ? [skill.Name ?? ""] : skill.Keywords);
            }
            else if (Labeled(skill.Name, skill.Keywords) is { } line)
            {
                blocks.Add(line);
            }
        }
        if (Labeled(blocks.Count > 0 ? "Other" : "Skills", unnamed) is { } rest)
        {
            blocks.Add(rest);
        }
        Cut(skills.Count, _limits.MaxEntriesPerSection, "skill groups");
        return blocks;
    }

    private List<OutlineBlock> Interests(IReadOnlyList<Interest> interests)
    {
        if (interests.All(i => i.Keywords.Count == 0))
        {
            return Joined(interests.Select(i => i.Name));
        }
        return interests.Take(_limits.MaxEntriesPerSection)
            .Select(i => i.Keywords.Count == 0 ? Prose(i.Name).FirstOrDefault() : Labeled(i.Name ?? "Other", i.Keywords))
            .OfType<OutlineBlock>()
            .ToList();
    }

    private List<OutlineBlock> Entries<T>(IEnumerable<T> items, string kind, Func<T, List<OutlineBlock>> build)
    {
        var list = items.ToList();
        var blocks = new List<OutlineBlock>();
        var count = 0;
        foreach (var item in list)
        {
            if (count++ >= _limits.MaxEntriesPerSection || Spent)
            {
                break;
            }
            blocks.AddRange(build(item));
        }
        Cut(list.Count, _limits.MaxEntriesPerSection, $"entries of {SectionHeadings.For(kind)}");
        return blocks;
    }

    /// <summary>
    /// Newest first. An entry with no date keeps its place, since the resume's own order is the best guess for it; the
    /// dated entries are sorted into the places around it.
    /// </summary>
    private static List<T> Newest<T>(IEnumerable<T> items, Func<T, (string? Start, string? End)> dates)
    {
        var list = items.ToList();
        var keys = list.Select(item => ResumeDates.SortKey(dates(item).Start, dates(item).End)).ToList();
        bool Dated(int i) => keys[i].End > 0 || keys[i].Start > 0;
        var newestFirst = new Queue<int>(Enumerable.Range(0, list.Count)
            .Where(Dated)
            .OrderByDescending(i => keys[i].End)
            .ThenByDescending(i => keys[i].Start)
            .ThenBy(i => i));
        return list.Select((item, i) => Dated(i) ? list[newestFirst.Dequeue()] : item).ToList();
    }

    private EntryBlock? Entry(string? title, string dates, string? subtitle, string? place)
    {
        var entry = new EntryBlock(Line(title, 300), Line(dates, 60), Line(subtitle, 300), Line(place, 120));
        // Dates alone still make an entry: the rewrite keeps whatever the parser found.
        return entry.Title.Length + entry.Subtitle.Length + entry.Dates.Length > 0 ? entry : null;
    }

    private List<OutlineBlock> Bullets(IReadOnlyList<string> highlights)
    {
        var bullets = highlights.Take(_limits.MaxBulletsPerEntry)
            .Select(h => Line(StripMarker(h), _limits.MaxTextChars))
            .Where(h => h.Length > 0)
            .Select(OutlineBlock (h) => new BulletBlock(h))
            .ToList();
        Cut(highlights.Count, _limits.MaxBulletsPerEntry, "bullets of one entry");
        return bullets;
    }

    private List<OutlineBlock> Prose(string? text)
    {
        if (Spent)
        {
            return [];
        }
        var paragraph = CleanText.Block(text, _limits.MaxSummaryChars);
        _clipped |= CleanText.IsClipped(text, paragraph);
        Charge(paragraph);
        return paragraph.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(OutlineBlock (p) => new ProseBlock(p)).ToList();
    }

    private List<OutlineBlock> Joined(IEnumerable<string?> items)
    {
        var text = Line(string.Join(", ", items.Where(i => !string.IsNullOrWhiteSpace(i)).Take(_limits.MaxEntriesPerSection).Select(i => i!.Trim())), _limits.MaxTextChars);
        return text.Length > 0 ? [new ProseBlock(text)] : [];
    }

    private LabeledBlock? Labeled(string? label, IEnumerable<string> items)
    {
        var list = Line(string.Join(", ", items.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim())), _limits.MaxTextChars);
        return list.Length > 0 ? new LabeledBlock(Line(label, 80), list) : null;
    }

    private string Line(string? text, int max)
    {
        if (Spent)
        {
            return "";
        }
        var line = CleanText.Line(text, max);
        _clipped |= CleanText.IsClipped(text, line);
        Charge(line);
        return line;
    }

    private void Charge(string text) => _budget -= text.Length;

    private void Cut(int count, int limit, string what)
    {
        if (count > limit)
        {
            _notes.Add($"{count - limit:N0} {what} beyond the first {limit:N0} are left out.");
        }
    }

    /// <summary>Bullets parsed with their marker keep it in the text; the rewrite draws its own.</summary>
    private static string StripMarker(string text) => Marker().Replace(text, "");

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[•·▪●◦*\-–—]\s+")]
    private static partial System.Text.RegularExpressions.Regex Marker();
}
