namespace Resume.Scoring;

/// <summary>The sub-scores: each check counts toward one.</summary>
public static class ScoreCategories
{
    /// <summary>Can an applicant tracking system read the file and find who you are.</summary>
    public const string Ats = "ats";

    /// <summary>Sections, their order, dates and length.</summary>
    public const string Structure = "structure";

    /// <summary>What the bullets and summary say: results, verbs, the evidence the role asks for.</summary>
    public const string Content = "content";

    /// <summary>The skills the role needs, how they are grouped, certifications.</summary>
    public const string Skills = "skills";

    /// <summary>Fit to the job posting, when one is given.</summary>
    public const string Match = "match";

    /// <summary>In the order reports show them.</summary>
    public static IReadOnlyList<string> All { get; } = [Ats, Structure, Content, Skills, Match];
}
