using Resume.Model;
using Resume.Scoring.Checks;
using Resume.Scoring.Guides;
using Resume.Scoring.Matching;

namespace Resume.Scoring;

/// <summary>
/// Scores a parsed résumé against a role guide and, when given, a job posting. The same résumé, role, posting and
/// day always give the same report: "today" comes from the <see cref="TimeProvider"/> (fixed in tests), nothing is
/// random, and every list is in a stable order.
/// </summary>
public sealed class ResumeScorer(RoleGuideCatalog guides, TimeProvider? clock = null)
{
    /// <summary>Every check, grouped by sub-score in report order; they hold no state, so one set serves every call.</summary>
    private static readonly ResumeCheck[] Checks =
    [
        new AtsReadabilityCheck(),
        new SectionHeadingsCheck(),
        new ContactInfoCheck(),
        new SectionsPresentCheck(),
        new SectionOrderCheck(),
        new ReverseChronologicalCheck(),
        new DatesConsistentCheck(),
        new LengthCheck(),
        new QuantifiedImpactCheck(),
        new ActionVerbsCheck(),
        new SummaryCheck(),
        new RoleEvidenceCheck(),
        new RoleSkillsCheck(),
        new SkillsGroupedCheck(),
        new CertificationsCheck(),
    ];

    private const int MaxAdvice = 10;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public ScoreReport Score(ResumeDocument resume, string role = RoleGuideCatalog.DefaultRole, string? jobPosting = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var guide = guides.Compiled(role);
        var context = new CheckContext(resume, guide, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));

        var outcomes = Checks.Select(check => (Check: check, Outcome: check.Run(context))).ToList();
        JobMatch? match = null;
        if (!string.IsNullOrWhiteSpace(jobPosting))
        {
            var (jobMatch, terms) = JobMatcher.Match(context, jobPosting);
            match = jobMatch;
            var check = new JobMatchCheck(terms, jobMatch);
            outcomes.Add((check, check.Run(context)));
        }

        var counted = outcomes.Where(o => o.Outcome.Applies).ToList();
        var subscores = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var category in ScoreCategories.All)
        {
            var inCategory = counted.Where(o => o.Check.Category == category).ToList();
            if (inCategory.Count > 0)
            {
                subscores[category] = Percent(WeightedMean(inCategory));
            }
        }

        return new ScoreReport
        {
            Score = Percent(WeightedMean(counted)),
            Subscores = subscores,
            Checks = outcomes.Select(o => new CheckResult(
                o.Check.Id, o.Check.Title, o.Outcome.Status, o.Outcome.Applies ? o.Check.Weight : 0, o.Check.Category,
                o.Outcome.Detail, o.Outcome.Evidence, o.Outcome.Fix)
            {
                Score = Percent(o.Outcome.Score),
            }).ToList(),
            Match = match,
            Guide = Summarise(context, outcomes),
        };
    }

    private static double WeightedMean(IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes)
    {
        var weight = outcomes.Sum(o => o.Check.Weight);
        return weight == 0 ? 0 : outcomes.Sum(o => o.Check.Weight * Math.Clamp(o.Outcome.Score, 0, 1)) / weight;
    }

    private static int Percent(double share) => (int)Math.Round(share * 100, MidpointRounding.AwayFromZero);

    /// <summary>What the render stage shows from the guide: its order, the pages for this candidate, and the advice that applies.</summary>
    private static GuideSummary Summarise(CheckContext context, IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes)
    {
        var guide = context.Rules;
        var rule = guide.PageRuleFor(context.YearsOfExperience);
        var advice = new List<string>
        {
            $"Use the {guide.Format.Name} format: {guide.Format.Reason}",
            rule.Advice,
        };
        foreach (var (check, outcome) in outcomes.Where(o => o.Outcome.Status != CheckStatus.Pass))
        {
            advice.AddRange(guide.FormattingTips.Where(t => t.Checks?.Contains(check.Id) == true).Select(t => t.Text));
            advice.AddRange(guide.Mistakes
                .Where(m => m.Checks?.Contains(check.Id) == true && (m.Evidence is null || outcome.EvidenceGaps.Contains(m.Evidence)))
                .Select(m => $"{m.Mistake} {m.Fix}"));
        }
        advice.AddRange(guide.FormattingTips.Where(t => t.Checks is not { Count: > 0 }).Select(t => t.Text));

        return new GuideSummary
        {
            Role = guide.Role,
            Title = guide.Title,
            SectionOrder = guide.SectionOrder,
            RecommendedPages = rule.Pages,
            Advice = advice.Distinct(StringComparer.Ordinal).Take(MaxAdvice).ToList(),
        };
    }
}
