using Resume.Scoring;
using Resume.Scoring.Guides;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// One week's digest for one role, chosen from the role guide's data: a few newsletter tips, one common mistake with its
/// fix, and some action verbs; for a subscriber who scanned a resume lately, a note on it too. The mistake and the verbs
/// step through their lists by the week's number; the tips do as well for someone new, then follow the subscriber's
/// own history (<see cref="TipChoice"/>). Any guide in the catalog serves, whatever its lists hold (even none).
/// </summary>
public sealed record DigestIssue(
    IssueWeek Week, string Role, string RoleTitle, IReadOnlyList<string> Tips, GuideMistake? Mistake, IReadOnlyList<string> Verbs, ScanNote? Scan = null)
{
    private const int VerbsPerIssue = 4;

    /// <summary>The week's issue for someone with no tips behind them (a new subscriber, the admin preview).</summary>
    public static DigestIssue For(string role, IssueWeek week, int tipsPerIssue) =>
        For(RoleGuideCatalog.BuiltIn.Get(role), week, TipChoice.Pick(RoleGuideCatalog.BuiltIn.Get(role).NewsletterTips, week, tipsPerIssue, EmptySet).Tips);

    public static DigestIssue For(RoleGuide guide, IssueWeek week, IReadOnlyList<string> tips, ScanNote? scan = null) => new(
        week,
        guide.Role,
        guide.Title,
        tips,
        guide.Mistakes.Count == 0 ? null : guide.Mistakes[week.Number % guide.Mistakes.Count],
        TipChoice.Pick(guide.ActionVerbs, week, VerbsPerIssue, EmptySet).Tips,
        scan);

    private static readonly IReadOnlySet<string> EmptySet = new HashSet<string>();
}
