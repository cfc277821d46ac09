using Resume.Scoring;
using Resume.Scoring.Guides;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// One week's digest for one role, chosen from the role guide's data: a few newsletter tips, one common mistake with its
/// fix, and some action verbs. Each part steps through its list by the week's number, so consecutive weeks differ,
/// everything comes round in turn, and the same week always gives the same issue.
/// </summary>
public sealed record DigestIssue(IssueWeek Week, string Role, string RoleTitle, IReadOnlyList<string> Tips, GuideMistake Mistake, IReadOnlyList<string> Verbs)
{
    private const int VerbsPerIssue = 4;

    public static DigestIssue For(string role, IssueWeek week, int tipsPerIssue)
    {
        var guide = RoleGuideCatalog.BuiltIn.Get(role);
        return new DigestIssue(
            week,
            guide.Role,
            guide.Title,
            Rotate(guide.NewsletterTips, week.Number, tipsPerIssue),
            guide.Mistakes[week.Number % guide.Mistakes.Count],
            Rotate(guide.ActionVerbs, week.Number, VerbsPerIssue));
    }

    /// <summary>
    /// <paramref name="count"/> items in a row (wrapping), starting <paramref name="count"/> further on each week; a step
    /// that is a whole turn of the list would repeat itself, so such lists step by one.
    /// </summary>
    private static IReadOnlyList<string> Rotate(IReadOnlyList<string> items, int weekNumber, int count)
    {
        var take = Math.Min(count, items.Count);
        var step = count % items.Count == 0 ? 1 : count;
        var start = (int)((long)weekNumber * step % items.Count);
        return Enumerable.Range(0, take).Select(i => items[(start + i) % items.Count]).ToList();
    }
}
