using Resume.Model;

namespace Resume.Scoring;

/// <summary>Scores a parsed resume against a role guide and, when given, a job posting. Same input, same score.</summary>
public sealed class ResumeScorer(RoleGuideCatalog guides)
{
    public ScoreReport Score(ResumeDocument resume, string role = RoleGuideCatalog.DefaultRole, string? jobPosting = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        if (!guides.Contains(role))
        {
            throw new ArgumentException($"No role guide named '{role}'.", nameof(role));
        }
        throw new NotSupportedException("The score stage is being built.");
    }
}
