using Resume.Model;

namespace Resume.Scoring.Checks;

/// <summary>
/// What a check found: a score from 0 to 1 (kept exact so small differences still count), the status, a sentence with
/// the figures, the résumé's own lines it refers to, and what to change. <see cref="Applies"/> is false when the
/// résumé gives the check nothing to judge (no dated jobs, no section order): it then carries no weight.
/// </summary>
internal sealed record CheckOutcome(double Score, string Status, string Detail, IReadOnlyList<string> Evidence, string Fix)
{
    public bool Applies { get; init; } = true;

    /// <summary>Ids of the guide's evidence entries the résumé does not show, so the advice can name their fixes.</summary>
    public IReadOnlyList<string> EvidenceGaps { get; init; } = [];

    public static CheckOutcome Pass(double score, string detail, IReadOnlyList<string>? evidence = null) =>
        new(score, CheckStatus.Pass, detail, evidence ?? [], "");

    public static CheckOutcome NotApplicable(string detail) =>
        new(1, CheckStatus.Pass, detail, [], "") { Applies = false };

    /// <summary>Pass at or above <paramref name="pass"/>, warn at or above <paramref name="warn"/>, else fail.</summary>
    public static string StatusOf(double score, double pass = 0.85, double warn = 0.5) =>
        score >= pass ? CheckStatus.Pass : score >= warn ? CheckStatus.Warn : CheckStatus.Fail;
}
