using Resume.Model;
using Resume.Scoring.Checks;
using Resume.Scoring.Skills;
using Resume.Scoring.Text;

namespace Resume.Scoring.Reading;

/// <summary>
/// What every guide needs to know about one résumé, worked out once: its bullets, jobs and years, sections, words and
/// skills. Role fit reads it for every guide, then the checks of the chosen guide share it.
/// </summary>
internal sealed class ResumeReading
{
    private static readonly Dictionary<string, string> DefaultHeadings = new(StringComparer.Ordinal)
    {
        [SectionKinds.Summary] = "Summary",
        [SectionKinds.Work] = "Experience",
        [SectionKinds.Education] = "Education",
        [SectionKinds.Skills] = "Skills",
        [SectionKinds.Projects] = "Projects",
        [SectionKinds.Certificates] = "Certifications",
        [SectionKinds.Awards] = "Awards",
        [SectionKinds.Publications] = "Publications",
        [SectionKinds.Volunteer] = "Volunteering",
        [SectionKinds.Languages] = "Languages",
        [SectionKinds.Interests] = "Interests",
        [SectionKinds.References] = "References",
    };

    private static readonly string[] CurrentWords = ["present", "current", "now", "today", "ongoing"];

    private readonly Dictionary<string, IReadOnlyList<SkillMention>> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Quantity>> _quantities = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlySet<string>> _words;

    public ResumeReading(ResumeDocument resume, SkillTaxonomy taxonomy, DateOnly today)
    {
        Resume = resume;
        Taxonomy = taxonomy;
        Today = PartialDate.Of(today);
        Bullets = ReadBullets(resume);
        ExperienceLines = Bullets.Select(b => b.Text)
            .Concat(resume.Work.Select(w => w.Summary))
            .Concat(resume.Projects.Select(p => p.Description))
            .Concat(resume.Volunteer.Select(v => v.Summary))
            .OfType<string>()
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        Positions = resume.Work.Select(ReadPosition).ToList();
        YearsOfExperience = CountYears(Positions);
        EarlyCareer = YearsOfExperience < EarlyCareerYears && resume.Education.Any(e =>
            PartialDate.Parse(e.EndDate) is not { } end ? string.IsNullOrWhiteSpace(e.EndDate) && PartialDate.Parse(e.StartDate) is { } start && Today.Index - start.Index < 60
            : Today.Index - end.Index <= 12);
        if (EarlyCareer && resume.Meta.Sections.Any(s => s.Kind == SectionKinds.Work && Placement.NamesList(s.Heading)))
        {
            // A student's undated entries, beside a list of placements, are those placements: their titles often name
            // only the unit or school ("Medical-Surgical, Mercy Hospital").
            Positions = Positions.Select(p => p.Start is null && string.IsNullOrWhiteSpace(p.Work.EndDate) ? p with { IsPlacement = true } : p).ToList();
        }
        PresentSections = FindPresentSections(resume);
        WordCount = resume.Meta.WordCount > 0
            ? resume.Meta.WordCount
            : AllTexts(resume).Sum(t => t.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
        _words = new Lazy<IReadOnlySet<string>>(() =>
            AllTexts(resume).SelectMany(Tokenizer.Tokenize).Where(t => t.IsWord).Select(t => t.Lower).ToHashSet(StringComparer.Ordinal));

        ListedKeywords = resume.Skills.SelectMany(g => g.Keywords).Concat(resume.Projects.SelectMany(p => p.Keywords))
            .Where(k => !string.IsNullOrWhiteSpace(k))
            .Select(k => (k.Trim(), taxonomy.InKeyword(k)))
            .Concat(resume.Skills.Where(g => g.Keywords.Count == 0 && g.Name is not null).Select(g => (g.Name!.Trim(), (IReadOnlyList<SkillDefinition>)taxonomy.FindIn(g.Name).Select(m => m.Skill).ToList())))
            .Where(k => k.Item2.Count > 0)
            .ToList();
        ListedSkills = SkillTaxonomy.WithImplied(ListedKeywords.SelectMany(k => k.Skills));
        ExperienceSkills = SkillTaxonomy.WithImplied(ExperienceLines.SelectMany(SkillsIn).Select(m => m.Skill));
        var elsewhere = new[] { resume.Basics.Summary, resume.Basics.Label }
            .Concat(resume.Certificates.Select(c => c.Name))
            .Concat(resume.Education.SelectMany(e => e.Courses.Prepend(e.Area)))
            .SelectMany(SkillsIn).Select(m => m.Skill);
        AllSkills = SkillTaxonomy.WithImplied(ListedSkills.Concat(ExperienceSkills).Concat(elsewhere));
    }

    public ResumeDocument Resume { get; }
    public SkillTaxonomy Taxonomy { get; }
    public PartialDate Today { get; }

    /// <summary>Experience bullets: job, project and volunteering highlights; a job written as a paragraph gives its sentences.</summary>
    public IReadOnlyList<Bullet> Bullets { get; }

    /// <summary>Bullets plus job summaries and project descriptions: where work is shown rather than listed.</summary>
    public IReadOnlyList<string> ExperienceLines { get; }

    public IReadOnlyList<Position> Positions { get; }
    public double YearsOfExperience { get; }

    /// <summary>
    /// A student or new graduate: studies that end within the last year or later (or began under five years ago and
    /// name no end), and less than <see cref="EarlyCareerYears"/> years of work.
    /// </summary>
    public bool EarlyCareer { get; }

    private const double EarlyCareerYears = 3;

    /// <summary>Section kinds the résumé has, by its headings or by its content.</summary>
    public IReadOnlySet<string> PresentSections { get; }

    public int WordCount { get; }

    /// <summary>
    /// False for a file that gave (next to) no text, such as a scanned PDF read without OCR: there is nothing to judge
    /// but the file itself.
    /// </summary>
    public bool HasText => !(HasWarning(ParseWarningCodes.ImageOnly) && WordCount < MinWordsOfText);

    /// <summary>Fewer words than this next to an image-only warning is a page number or a stray caption, not text.</summary>
    private const int MinWordsOfText = 20;

    /// <summary>The skills list as written: each keyword that names taxonomy skills, with those skills.</summary>
    public IReadOnlyList<(string Keyword, IReadOnlyList<SkillDefinition> Skills)> ListedKeywords { get; }

    /// <summary>Every word of the résumé, lower-cased, to look a posting's keywords up (worked out only when a posting is given).</summary>
    public IReadOnlySet<string> Words => _words.Value;

    /// <summary>Skills named in the skills list or as project keywords, with what they imply.</summary>
    public IReadOnlySet<SkillDefinition> ListedSkills { get; }

    /// <summary>Skills named where the experience is described.</summary>
    public IReadOnlySet<SkillDefinition> ExperienceSkills { get; }

    /// <summary>Every skill the résumé shows anywhere, with what they imply.</summary>
    public IReadOnlySet<SkillDefinition> AllSkills { get; }

    public IReadOnlyList<SectionInfo> Sections => Resume.Meta.Sections;

    /// <summary>
    /// Headings the parser could not file under a section it knows: what stands under them reached no field, so a
    /// finding that something is absent can only speak for the rest of the résumé.
    /// </summary>
    public IReadOnlyList<string> UnreadHeadings => _unreadHeadings ??=
        Sections.Where(s => s.Kind == SectionKinds.Other && !string.IsNullOrWhiteSpace(s.Heading))
            .Select(s => s.Heading.Trim()).Distinct(StringComparer.Ordinal).ToList();

    private IReadOnlyList<string>? _unreadHeadings;

    // Several checks look at the same lines: each line is matched once per résumé.

    /// <summary>Skills named in a line of this résumé.</summary>
    public IReadOnlyList<SkillMention> SkillsIn(string? line) =>
        string.IsNullOrWhiteSpace(line) ? [] : Memo(_mentions, line, Taxonomy.FindIn);

    /// <summary>Figures in a line of this résumé.</summary>
    public IReadOnlyList<Quantity> QuantitiesIn(string line) => Memo(_quantities, line, QuantityFinder.Find);

    internal static T Memo<T>(Dictionary<string, T> cache, string key, Func<string, T> compute)
    {
        if (!cache.TryGetValue(key, out var value))
        {
            value = compute(key);
            cache.Add(key, value);
        }
        return value;
    }

    public bool HasWarning(string code) => Resume.Meta.Warnings.Any(w => w.Code == code);

    /// <summary>The heading the résumé uses for a kind of section, or its usual name.</summary>
    public string HeadingOf(string kind) =>
        Sections.FirstOrDefault(s => s.Kind == kind && !string.IsNullOrWhiteSpace(s.Heading))?.Heading.Trim()
        ?? DefaultHeadings.GetValueOrDefault(kind, kind);

    /// <summary>"Summary · Experience · Education": the section headings in document order, for evidence.</summary>
    public string SectionsLine()
    {
        var headings = Sections.Where(s => !string.IsNullOrWhiteSpace(s.Heading)).Select(s => s.Heading.Trim()).ToList();
        if (headings.Count == 0)
        {
            headings = DefaultHeadings.Keys.Where(PresentSections.Contains).Select(HeadingOf).ToList();
        }
        return headings.Count == 0 ? "No sections were found." : $"Sections: {string.Join(" · ", headings)}";
    }

    /// <summary>"Languages: Java, Go": the skills list as written, one line per group.</summary>
    public IReadOnlyList<string> SkillLines() =>
        Resume.Skills.Select(g => g.Keywords.Count == 0
                ? g.Name ?? ""
                : string.IsNullOrWhiteSpace(g.Name) ? string.Join(", ", g.Keywords) : $"{g.Name}: {string.Join(", ", g.Keywords)}")
            .Where(l => l.Length > 0)
            .ToList();

    private static List<Bullet> ReadBullets(ResumeDocument resume)
    {
        var bullets = new List<Bullet>();
        foreach (var work in resume.Work)
        {
            var source = work.Name ?? work.Position ?? "a job";
            if (work.Highlights.Count > 0)
            {
                bullets.AddRange(work.Highlights.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => new Bullet(h.Trim(), source)));
            }
            else if (!string.IsNullOrWhiteSpace(work.Summary))
            {
                bullets.AddRange(Sentences(work.Summary).Select(s => new Bullet(s, source)));
            }
        }
        foreach (var project in resume.Projects)
        {
            bullets.AddRange(project.Highlights.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => new Bullet(h.Trim(), project.Name ?? "a project")));
        }
        foreach (var volunteer in resume.Volunteer)
        {
            bullets.AddRange(volunteer.Highlights.Where(h => !string.IsNullOrWhiteSpace(h)).Select(h => new Bullet(h.Trim(), volunteer.Organization ?? "volunteering")));
        }
        return bullets;
    }

    private static IEnumerable<string> Sentences(string paragraph) =>
        paragraph.Split(['\n', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(line => line.Split(". ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(s => s.Length > 3);

    private Position ReadPosition(Work work)
    {
        var end = work.EndDate?.Trim();
        var current = string.IsNullOrEmpty(end) || CurrentWords.Any(w => end.Equals(w, StringComparison.OrdinalIgnoreCase));
        return new Position(work, PartialDate.Parse(work.StartDate), current ? Today : PartialDate.Parse(end), current);
    }

    /// <summary>Years covered by at least one job: overlapping jobs count once.</summary>
    private static double CountYears(IReadOnlyList<Position> positions)
    {
        var spans = positions
            .Where(p => p.Start is not null && p.End is not null && p.End.Value.Index >= p.Start.Value.Index)
            .Select(p => (Start: p.Start!.Value.Index, End: p.End!.Value.Index))
            .OrderBy(s => s.Start)
            .ToList();
        var months = 0;
        var coveredUntil = int.MinValue;
        foreach (var (start, end) in spans)
        {
            var from = Math.Max(start, coveredUntil);
            if (end > from)
            {
                months += end - from;
                coveredUntil = end;
            }
        }
        return months / 12.0;
    }

    private static HashSet<string> FindPresentSections(ResumeDocument resume)
    {
        var present = resume.Meta.Sections.Select(s => s.Kind).ToHashSet(StringComparer.Ordinal);
        void When(bool has, string kind)
        {
            if (has)
            {
                present.Add(kind);
            }
        }
        When(!string.IsNullOrWhiteSpace(resume.Basics.Summary), SectionKinds.Summary);
        When(resume.Work.Count > 0, SectionKinds.Work);
        When(resume.Education.Count > 0, SectionKinds.Education);
        When(resume.Skills.Count > 0, SectionKinds.Skills);
        When(resume.Projects.Count > 0, SectionKinds.Projects);
        When(resume.Certificates.Count > 0, SectionKinds.Certificates);
        When(resume.Awards.Count > 0, SectionKinds.Awards);
        When(resume.Publications.Count > 0, SectionKinds.Publications);
        When(resume.Volunteer.Count > 0, SectionKinds.Volunteer);
        When(resume.Languages.Count > 0, SectionKinds.Languages);
        When(resume.Interests.Count > 0, SectionKinds.Interests);
        When(resume.References.Count > 0, SectionKinds.References);
        return present;
    }

    /// <summary>Every piece of text the résumé holds, field by field.</summary>
    public static IEnumerable<string> AllTexts(ResumeDocument resume)
    {
        var b = resume.Basics;
        IEnumerable<string?> texts =
        [
            b.Name, b.Label, b.Email, b.Phone, b.Url, b.Summary, b.Location?.City, b.Location?.Region,
            .. b.Profiles.Select(p => p.Url ?? p.Username),
            .. resume.Work.SelectMany(w => w.Highlights.Concat([w.Name, w.Position, w.Summary, w.Location, w.StartDate, w.EndDate])),
            .. resume.Education.SelectMany(e => e.Courses.Concat([e.Institution, e.Area, e.StudyType, e.StartDate, e.EndDate, e.Score])),
            .. resume.Skills.SelectMany(s => s.Keywords.Prepend(s.Name)),
            .. resume.Projects.SelectMany(p => p.Highlights.Concat(p.Keywords).Concat([p.Name, p.Description])),
            .. resume.Certificates.SelectMany(c => new[] { c.Name, c.Issuer, c.Date }),
            .. resume.Awards.SelectMany(a => new[] { a.Title, a.Awarder, a.Summary }),
            .. resume.Publications.SelectMany(p => new[] { p.Name, p.Publisher, p.Summary }),
            .. resume.Volunteer.SelectMany(v => v.Highlights.Concat([v.Organization, v.Position, v.Summary])),
            .. resume.Languages.SelectMany(l => new[] { l.Name, l.Fluency }),
            .. resume.Interests.SelectMany(i => i.Keywords.Prepend(i.Name)),
            .. resume.References.SelectMany(r => new[] { r.Name, r.Text }),
        ];
        return texts.OfType<string>().Where(t => !string.IsNullOrWhiteSpace(t));
    }
}
