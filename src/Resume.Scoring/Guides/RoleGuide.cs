namespace Resume.Scoring.Guides;

/// <summary>
/// What a role's résumé should show, as data (one JSON file per role): the skills, certifications, section order,
/// tips, verbs, mistakes, length rules and evidence the checks measure against, the titles and studies that tell the
/// role apart from others, and tips for the weekly newsletter. Every fact names the public career guidance it comes
/// from (<see cref="Sources"/>); the sentences are the guide's own.
/// </summary>
public sealed record RoleGuide
{
    /// <summary>The id (<c>backend-developer</c>); the file is named after it.</summary>
    public required string Role { get; init; }

    public required string Title { get; init; }

    /// <summary>Where the facts come from. Object facts name one in <c>source</c>; each source lists the plain lists it backs in <see cref="GuideSource.Covers"/>.</summary>
    public required IReadOnlyList<GuideSource> Sources { get; init; }

    /// <summary>Job titles that show the role ("registered nurse", "staff nurse"); empty only for the general guide.</summary>
    public required IReadOnlyList<string> Titles { get; init; }

    /// <summary>Fields of study that lead to the role ("nursing"); empty only for the general guide.</summary>
    public required IReadOnlyList<string> DegreeAreas { get; init; }

    /// <summary>What the role does and what its résumé must get across, in a sentence or two.</summary>
    public required string Overview { get; init; }

    /// <summary>The key technical skills, as areas any of whose skills shows the area ("SQL databases": PostgreSQL, MySQL…).</summary>
    public required IReadOnlyList<SkillArea> SkillAreas { get; init; }

    public required IReadOnlyList<string> SoftSkills { get; init; }

    /// <summary>Headings the guide recommends for grouping the skills list (taxonomy categories).</summary>
    public required IReadOnlyList<string> SkillCategories { get; init; }

    public required IReadOnlyList<GuideCertification> Certifications { get; init; }

    public required ResumeFormat Format { get; init; }

    /// <summary>Section kinds in the recommended order; contact details always come first, above them.</summary>
    public required IReadOnlyList<string> SectionOrder { get; init; }

    /// <summary>Sections a résumé for the role should not be without.</summary>
    public required IReadOnlyList<string> RequiredSections { get; init; }

    public required IReadOnlyList<GuideTip> FormattingTips { get; init; }

    public required IReadOnlyList<string> ActionVerbs { get; init; }

    public required IReadOnlyList<GuideMistake> Mistakes { get; init; }

    public required SummaryGuidance Summary { get; init; }

    /// <summary>Page length by years of experience, ordered by <see cref="PageRule.FromYears"/>, the first from 0.</summary>
    public required IReadOnlyList<PageRule> PageRules { get; init; }

    /// <summary>Kinds of work the guide expects the experience to show (database, security, testing…).</summary>
    public required IReadOnlyList<EvidenceRequirement> Evidence { get; init; }

    /// <summary>Short tips the weekly digest draws from.</summary>
    public required IReadOnlyList<string> NewsletterTips { get; init; }

    /// <summary>The page rule for a candidate with this much experience.</summary>
    public PageRule PageRuleFor(double yearsOfExperience) =>
        PageRules.Last(r => r.FromYears <= yearsOfExperience);

    /// <summary>The one guide for any field: the universal checks, no role-specific skills, titles or studies.</summary>
    public bool IsGeneral => Titles.Count == 0;
}

/// <param name="Id">What facts cite (<c>bls-ooh</c>).</param>
/// <param name="Title">The publisher and page, for people.</param>
/// <param name="Url">The public page; left out only for the guide the product was seeded from, which was handed over as text.</param>
/// <param name="Covers">The guide's plain lists this source backs (<c>actionVerbs</c>, <c>sectionOrder</c>…).</param>
public sealed record GuideSource(string Id, string Title, string? Url, IReadOnlyList<string>? Covers);

/// <param name="Name">How the guide names the area ("Message queues (RabbitMQ, Kafka)").</param>
/// <param name="Skills">Taxonomy skills, any of which shows the area.</param>
/// <param name="Source">Id of the <see cref="GuideSource"/> the fact comes from (the same on every fact record below).</param>
public sealed record SkillArea(string Name, IReadOnlyList<string> Skills, string Source);

/// <param name="Aliases">Other ways résumés write it; a listed certificate matches when it holds every word of one of them.</param>
public sealed record GuideCertification(string Name, IReadOnlyList<string>? Aliases, string Source);

/// <param name="Name">The recommended format (<c>reverse-chronological</c>).</param>
/// <param name="Reason">Why it suits the role.</param>
public sealed record ResumeFormat(string Name, string Reason, string Source);

/// <param name="Checks">Ids of the checks this tip helps with: it is advised when one of them does not pass; none means always.</param>
/// <param name="EarlyCareer">Advised only to students and new graduates ("Students: add a Projects section…").</param>
public sealed record GuideTip(string Text, IReadOnlyList<string>? Checks, string Source, bool EarlyCareer = false);

/// <summary>
/// A common mistake, stated about a résumé only when every condition it names holds for that résumé, and at least one
/// of them is something found in it (a failed check's finding, a skill it names): a sentence is never said from
/// absence alone.
/// </summary>
/// <param name="Checks">One of these checks did not pass on something it could judge.</param>
/// <param name="Evidence">Id of an <see cref="EvidenceRequirement"/> the experience does not show; its fix is this mistake's.</param>
/// <param name="Listed">Taxonomy skills: the résumé names at least one of them (skills list, summary, title).</param>
/// <param name="Shown">Taxonomy skills: the experience names at least one of them.</param>
public sealed record GuideMistake(
    string Mistake, string Fix, IReadOnlyList<string>? Checks, string? Evidence, IReadOnlyList<string>? Listed, IReadOnlyList<string>? Shown, string Source);

/// <param name="MinWords">Shorter says too little.</param>
/// <param name="MaxWords">Longer stops being a summary.</param>
/// <param name="Example">A summary written the way the guide asks.</param>
public sealed record SummaryGuidance(int MinWords, int MaxWords, string Advice, string Example, string Source);

/// <summary>Pages for a stage of a career. A guide has one rule, or two split at one threshold; the scorer states the years and pages, the advice says what to lead with.</summary>
/// <param name="FromYears">Applies from this many years of experience.</param>
/// <param name="Pages">Recommended pages.</param>
/// <param name="MaxPages">The most that is still acceptable.</param>
/// <param name="Advice">What to put first at this stage, with no figures of its own.</param>
public sealed record PageRule(double FromYears, int Pages, int MaxPages, string Advice, string Source);

/// <param name="Id">Stable id (<c>database</c>).</param>
/// <param name="Title">For people ("Database work").</param>
/// <param name="Skills">Taxonomy skills that show it when the experience names them.</param>
/// <param name="Terms">Other words that show it; a trailing '*' matches any word it begins ("encrypt*").</param>
public sealed record EvidenceRequirement(string Id, string Title, IReadOnlyList<string> Skills, IReadOnlyList<string> Terms, string Source);
