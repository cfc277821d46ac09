namespace Resume.Rendering;

/// <summary>
/// Bounds on what one render may produce, so a hostile or absurd resume (twenty thousand bullets, a 100 KB summary)
/// costs what a long real one does. Whatever is cut is named in the output.
/// </summary>
public sealed record RenderLimits
{
    public static RenderLimits Default { get; } = new();

    /// <summary>Longest single text shown (a detail, a fix, a bullet, an evidence line), in characters.</summary>
    public int MaxTextChars { get; init; } = 1_500;

    /// <summary>Longest summary paragraph in the rewrite, in characters.</summary>
    public int MaxSummaryChars { get; init; } = 3_000;

    public int MaxChecks { get; init; } = 150;
    public int MaxEvidencePerCheck { get; init; } = 10;
    public int MaxMatchTerms { get; init; } = 80;
    public int MaxAdvice { get; init; } = 40;
    public int MaxReportPages { get; init; } = 30;

    /// <summary>Entries (jobs, schools, projects, …) kept per section of the rewrite.</summary>
    public int MaxEntriesPerSection { get; init; } = 40;

    /// <summary>Bullets kept per entry of the rewrite.</summary>
    public int MaxBulletsPerEntry { get; init; } = 30;

    /// <summary>All the rewrite's text together, in characters: several times a long CV.</summary>
    public int MaxResumeChars { get; init; } = 60_000;

    public int MaxResumePages { get; init; } = 8;
}
