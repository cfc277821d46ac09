using Resume.Model;
using Resume.Scoring.Fit;
using Resume.Scoring.Guides;
using Resume.Scoring.Reading;
using Resume.Scoring.Skills;
using Resume.Scoring.Text;

namespace Resume.Scoring.Checks;

/// <summary>What the checks need: the résumé as read once (<see cref="ResumeReading"/>) and the guide it is scored against.</summary>
internal sealed class CheckContext(ResumeReading reading, CompiledGuide guide)
{
    private readonly Dictionary<string, IReadOnlySet<string>> _evidence = new(StringComparer.Ordinal);

    public ResumeReading Reading { get; } = reading;
    public CompiledGuide Guide { get; } = guide;
    public RoleGuide Rules => Guide.Guide;

    /// <summary>How the résumé fits the guide and which guide fits it best.</summary>
    public required RoleFitting Fitting { get; init; }

    public ResumeDocument Resume => Reading.Resume;
    public PartialDate Today => Reading.Today;
    public IReadOnlyList<Bullet> Bullets => Reading.Bullets;
    public IReadOnlyList<string> ExperienceLines => Reading.ExperienceLines;
    public IReadOnlyList<Position> Positions => Reading.Positions;

    /// <summary>The one experience figure every finding uses (years covered by at least one dated job).</summary>
    public double YearsOfExperience => Reading.YearsOfExperience;

    public IReadOnlySet<string> PresentSections => Reading.PresentSections;
    public int WordCount => Reading.WordCount;
    public IReadOnlySet<string> Words => Reading.Words;
    public IReadOnlySet<SkillDefinition> ListedSkills => Reading.ListedSkills;
    public IReadOnlySet<SkillDefinition> ExperienceSkills => Reading.ExperienceSkills;
    public IReadOnlySet<SkillDefinition> AllSkills => Reading.AllSkills;
    public IReadOnlyList<SectionInfo> Sections => Reading.Sections;

    public IReadOnlyList<SkillMention> SkillsIn(string? line) => Reading.SkillsIn(line);
    public IReadOnlyList<Quantity> QuantitiesIn(string line) => Reading.QuantitiesIn(line);
    public bool HasWarning(string code) => Reading.HasWarning(code);
    public string HeadingOf(string kind) => Reading.HeadingOf(kind);
    public string SectionsLine() => Reading.SectionsLine();
    public IReadOnlyList<string> SkillLines() => Reading.SkillLines();

    /// <summary>
    /// What a finding of absence adds when some headings were not understood: " What is under 'Registration' was not
    /// read, …". Empty when every section was read, so the finding stands as it is.
    /// </summary>
    public string UnreadNote()
    {
        var headings = Reading.UnreadHeadings;
        return headings.Count == 0
            ? ""
            : $" What is under {Wording.Join(headings.Select(h => $"'{h}'").ToList())} was not read, as an ATS does not know {(headings.Count == 1 ? "that heading" : "those headings")}: if it is there, put it under a standard one.";
    }

    /// <summary>Ids of the guide's evidence entries a line shows, by their terms or their skills.</summary>
    public IReadOnlySet<string> EvidenceIn(string line) =>
        ResumeReading.Memo(_evidence, line, l =>
        {
            var skills = SkillsIn(l);
            return Guide.EvidenceTerms.Matches(l).Select(m => m.Value.Id)
                .Concat(Rules.Evidence.Where(e => skills.Any(m => Guide.EvidenceSkills[e.Id].Contains(m.Skill) || m.Skill.Implies.Any(Guide.EvidenceSkills[e.Id].Contains))).Select(e => e.Id))
                .ToHashSet(StringComparer.Ordinal);
        });
}
