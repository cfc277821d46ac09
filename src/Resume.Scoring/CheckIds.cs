namespace Resume.Scoring;

/// <summary>Stable ids of the checks, for programs (and for guides to say which advice goes with which check).</summary>
public static class CheckIds
{
    public const string AtsReadability = "ats-readability";
    public const string SectionHeadings = "section-headings";
    public const string ContactInfo = "contact-info";
    public const string SectionsPresent = "sections-present";
    public const string SectionOrder = "section-order";
    public const string ReverseChronological = "reverse-chronological";
    public const string DatesConsistent = "dates-consistent";
    public const string Length = "length";
    public const string QuantifiedImpact = "quantified-impact";
    public const string ActionVerbs = "action-verbs";
    public const string Summary = "summary";
    public const string RoleEvidence = "role-evidence";
    public const string SkillsGrouped = "skills-grouped";
    public const string RoleSkills = "role-skills";
    public const string Certifications = "certifications";
    public const string JobMatch = "job-match";
    public const string RoleFit = "role-fit";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AtsReadability, SectionHeadings, ContactInfo, SectionsPresent, SectionOrder, ReverseChronological, DatesConsistent,
        Length, QuantifiedImpact, ActionVerbs, Summary, RoleEvidence, SkillsGrouped, RoleSkills, Certifications, JobMatch, RoleFit,
    };
}
