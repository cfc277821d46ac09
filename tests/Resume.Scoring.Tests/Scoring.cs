using Resume.Model;

namespace Resume.Scoring.Tests;

/// <summary>Scores with the built-in guides on a fixed day.</summary>
internal static class Scoring
{
    public static readonly ResumeScorer Scorer = new(RoleGuideCatalog.BuiltIn, FixedClock.June2026);

    public static ScoreReport Score(ResumeDocument resume, string role = RoleGuideCatalog.DefaultRole, string? posting = null) =>
        Scorer.Score(resume, role, posting);

    public static CheckResult Check(this ScoreReport report, string id) => report.Checks.Single(c => c.Id == id);

    public static CheckResult Check(ResumeDocument resume, string id, string role = RoleGuideCatalog.DefaultRole) =>
        Score(resume, role).Check(id);
}
