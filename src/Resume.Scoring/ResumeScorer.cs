using Resume.Model;
using Resume.Scoring.Checks;
using Resume.Scoring.Fit;
using Resume.Scoring.Guides;
using Resume.Scoring.Matching;
using Resume.Scoring.Reading;

namespace Resume.Scoring;

/// <summary>
/// Scores a parsed résumé against a role guide (or the one it fits best, for <see cref="RoleGuideCatalog.Auto"/>) and,
/// when given, a job posting. The same résumé, role, posting and day always give the same report: "today" comes from
/// the <see cref="TimeProvider"/> (fixed in tests), nothing is random, and every list is in a stable order.
/// </summary>
public sealed class ResumeScorer(RoleGuideCatalog guides, TimeProvider? clock = null)
{
    /// <summary>Every check, grouped by sub-score; they hold no state, so one set serves every call.</summary>
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
        new RoleFitCheck(),
        new QuantifiedImpactCheck(),
        new ActionVerbsCheck(),
        new SummaryCheck(),
        new RoleEvidenceCheck(),
        new RoleSkillsCheck(),
        new SkillsGroupedCheck(),
        new CertificationsCheck(),
    ];

    private static readonly AtsReadabilityCheck Readability = (AtsReadabilityCheck)Checks[0];

    /// <summary>A résumé that does not show the role's work stays under this for that role, whatever else it does well.</summary>
    public const int PoorFitCeiling = 49;

    private const int MaxAdvice = 10;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <param name="role">A guide id, or <see cref="RoleGuideCatalog.Auto"/> for the guide the résumé fits best.</param>
    public ScoreReport Score(ResumeDocument resume, string role = RoleGuideCatalog.Auto, string? jobPosting = null)
    {
        ArgumentNullException.ThrowIfNull(resume);
        var requested = role == RoleGuideCatalog.Auto ? null : guides.Compiled(role);
        var fallback = guides.GeneralGuide ?? requested ?? guides.Compiled(guides.Roles.First());
        var reading = new ResumeReading(resume, guides.Taxonomy, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        if (!reading.HasText)
        {
            return Unreadable(reading, requested ?? fallback, chosen: requested is null);
        }

        var fitting = RoleFitJudge.Judge(guides.Fitter.Measure(reading), requested, fallback);
        var context = new CheckContext(reading, fitting.Guide) { Fitting = fitting };
        var outcomes = Checks.Select(check => (Check: check, Outcome: check.Run(context))).ToList();
        JobMatch? match = null;
        if (!string.IsNullOrWhiteSpace(jobPosting))
        {
            var (jobMatch, terms) = JobMatcher.Match(context, jobPosting);
            match = jobMatch;
            var check = new JobMatchCheck(terms, jobMatch);
            outcomes.Add((check, check.Run(context)));
        }

        var score = Percent(WeightedMean(outcomes.Where(o => o.Outcome.Applies).ToList()));
        if (fitting.Fit == RoleFits.Poor)
        {
            // Scaled rather than cut, so a better résumé still scores higher, but never reads as "Fair" for a role it does not show.
            score = (int)Math.Round(score * PoorFitCeiling / 100.0, MidpointRounding.AwayFromZero);
        }
        var checks = InReportOrder(outcomes, context);
        return new ScoreReport
        {
            Score = score,
            Subscores = Subscores(outcomes),
            RoleFit = fitting.ToModel(),
            Verdict = Verdict(score, checks, fitting),
            Checks = checks,
            Match = match,
            Guide = Summarise(context, outcomes),
        };
    }

    /// <summary>
    /// A file with no text to read: one finding, the cause, and how to fix it. Nothing else can be judged, so nothing
    /// else is reported, and the score (that of the readability check alone) says so.
    /// </summary>
    private ScoreReport Unreadable(ResumeReading reading, CompiledGuide guide, bool chosen)
    {
        var fitting = new RoleFitting(guide, RoleFits.Partial, null, guide, null, chosen);
        var context = new CheckContext(reading, guide) { Fitting = fitting };
        var outcomes = new List<(ResumeCheck Check, CheckOutcome Outcome)> { (Readability, Readability.Run(context)) };
        return new ScoreReport
        {
            Score = Percent(WeightedMean(outcomes)),
            Readable = false,
            Subscores = Subscores(outcomes),
            RoleFit = fitting.ToModel() with { Evidence = [] },
            Verdict = "An applicant tracking system reads no text in this file, so its content could not be judged: save the résumé with real text and scan it again.",
            Checks = InReportOrder(outcomes, context),
            Guide = new GuideSummary { Role = guide.Guide.Role, Title = guide.Guide.Title, SectionOrder = guide.Guide.SectionOrder, RecommendedPages = 1 },
        };
    }

    private static Dictionary<string, int> Subscores(IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes)
    {
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
        return subscores;
    }

    /// <summary>
    /// The order people read findings in: what the résumé's other findings hang on first (a role it does not fit, a
    /// file an ATS cannot read), then failed, to improve and passed, heaviest first; checks that did not apply last.
    /// </summary>
    private static List<CheckResult> InReportOrder(IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes, CheckContext context) =>
        outcomes
            .Select((o, i) => (o.Check, o.Outcome, Order: i))
            .OrderBy(o => Leads(o.Check, o.Outcome, context) ? 0 : 1)
            .ThenBy(o => o.Outcome.Applies ? 0 : 1)
            .ThenBy(o => o.Outcome.Status switch { CheckStatus.Fail => 0, CheckStatus.Warn => 1, _ => 2 })
            .ThenByDescending(o => o.Check.Weight)
            .ThenBy(o => o.Order)
            .Select(o => new CheckResult(
                o.Check.Id, o.Check.Title, o.Outcome.Status, o.Outcome.Applies ? o.Check.Weight : 0, o.Check.Category,
                o.Outcome.Detail, o.Outcome.Evidence, o.Outcome.Fix)
            {
                Score = Percent(o.Outcome.Score),
            })
            .ToList();

    private static bool Leads(ResumeCheck check, CheckOutcome outcome, CheckContext context) =>
        outcome.Status == CheckStatus.Fail
        && (check.Id == CheckIds.RoleFit || (check.Id == CheckIds.AtsReadability && context.HasWarning(ParseWarningCodes.ImageOnly)));

    /// <summary>The one-line verdict: it names the failed checks when there are any, and never says "send it" beside one.</summary>
    private static string Verdict(int score, IReadOnlyList<CheckResult> checks, RoleFitting fitting)
    {
        var failed = checks.Count(c => c.Status == CheckStatus.Fail && c.Weight > 0);
        var failedChecks = Wording.Count(failed, "failed check");
        if (fitting.Fit == RoleFits.Poor)
        {
            var better = fitting.BestGuide == fitting.Guide ? "" : $", and the {fitting.BestGuide.Guide.Title} guide fits it better";
            var then = failed > 1 ? $", then the other {Wording.Count(failed - 1, "failed check")}" : ", the only failed check";
            return $"Not yet {Wording.A(fitting.Guide.Guide.Title)} résumé: it does not show the role's work{better}. Start with the role fit below{then}.";
        }
        return ScoreBands.Of(score) switch
        {
            ScoreBands.Strong when failed == 0 => "Strong: an applicant tracking system reads this résumé well and it follows the guide. Polish the points below and send it.",
            ScoreBands.Strong => $"Strong overall, but fix the {failedChecks} first; the rest is polish.",
            ScoreBands.Fair when failed == 0 => "Fair: the basics are in place, and the improvements below will lift it noticeably.",
            ScoreBands.Fair => $"Fair: the basics are in place; fix the {failedChecks} first, then work through the rest.",
            _ when failed == 0 => "Needs work: each point below says what to change.",
            _ => $"Needs work: start with the {failedChecks} below; each says what to change.",
        };
    }

    private static double WeightedMean(IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes)
    {
        var weight = outcomes.Sum(o => o.Check.Weight);
        return weight == 0 ? 0 : outcomes.Sum(o => o.Check.Weight * Math.Clamp(o.Outcome.Score, 0, 1)) / weight;
    }

    private static int Percent(double share) => (int)Math.Round(share * 100, MidpointRounding.AwayFromZero);

    /// <summary>
    /// What the render stage shows from the guide: its order, the pages for this candidate, and the advice that applies.
    /// A tip is advised when a check it helps with did not pass; a common mistake is named only when every condition it
    /// states holds for this résumé, so no sentence says something of it that was not found.
    /// </summary>
    private static GuideSummary Summarise(CheckContext context, IReadOnlyList<(ResumeCheck Check, CheckOutcome Outcome)> outcomes)
    {
        var guide = context.Rules;
        var rule = LengthRule.For(context);
        var advice = new List<string>
        {
            $"Use the {guide.Format.Name} format: {guide.Format.Reason}",
            LengthRule.Advice(context),
        };
        var notPassing = outcomes.Where(o => o.Outcome.Applies && o.Outcome.Status != CheckStatus.Pass).ToList();
        var tips = guide.FormattingTips.Where(t => !t.EarlyCareer || context.Reading.EarlyCareer).ToList();
        foreach (var (check, _) in notPassing)
        {
            advice.AddRange(tips.Where(t => t.Checks?.Contains(check.Id) == true).Select(t => t.Text));
        }
        var gaps = outcomes.SelectMany(o => o.Outcome.EvidenceGaps).ToHashSet(StringComparer.Ordinal);
        var named = context.ListedSkills
            .Concat(context.SkillsIn(context.Resume.Basics.Summary).Select(m => m.Skill))
            .Concat(context.SkillsIn(context.Resume.Basics.Label).Select(m => m.Skill))
            .ToHashSet();
        for (var i = 0; i < guide.Mistakes.Count; i++)
        {
            var mistake = guide.Mistakes[i];
            var (listed, shown) = context.Guide.MistakeSkills[i];
            // A section that was not read may hold the very bullet a mistake says is not there.
            var holds = (mistake.Checks is not { Count: > 0 } || notPassing.Any(o => mistake.Checks.Contains(o.Check.Id)))
                && (mistake.Evidence is null || (gaps.Contains(mistake.Evidence) && context.Reading.UnreadHeadings.Count == 0))
                && (listed.Count == 0 || listed.Overlaps(named))
                && (shown.Count == 0 || shown.Overlaps(context.ExperienceSkills));
            if (holds)
            {
                advice.Add($"{mistake.Mistake} {mistake.Fix}");
            }
        }
        advice.AddRange(tips.Where(t => t.Checks is not { Count: > 0 }).Select(t => t.Text));

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
