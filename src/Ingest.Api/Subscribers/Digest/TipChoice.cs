using System.Security.Cryptography;
using System.Text;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// Which of a role's newsletter tips an issue carries. Everyone starts at the same place in the pool for a week (it
/// steps on by the week's number), so a new subscriber gets that week's issue; after that each subscriber's own history
/// rules: a tip they were mailed is not mailed again until every tip of the pool has been, then a new round begins.
/// </summary>
public static class TipChoice
{
    /// <summary>The tips for a subscriber who has seen the tips with these keys (none for a preview or a new subscriber).</summary>
    public static TipPick Pick(IReadOnlyList<string> pool, IssueWeek week, int count, IReadOnlySet<string> seen)
    {
        if (pool.Count == 0)
        {
            return new TipPick([], false, []);
        }
        var take = Math.Min(count, pool.Count);
        // A step that is a whole turn of the list would give the same tips every week, so such lists step by one.
        var step = count % pool.Count == 0 ? 1 : count;
        var start = (int)((long)week.Number * step % pool.Count);
        var order = Enumerable.Range(0, pool.Count).Select(i => pool[(start + i) % pool.Count]).ToList();
        var unseen = order.Where(tip => !seen.Contains(KeyOf(tip))).ToList();
        if (unseen.Count >= take)
        {
            var tips = unseen.Take(take).ToList();
            return new TipPick(tips, false, tips);
        }
        // The round ends with what is left; the new one begins with tips not in this very issue.
        var fresh = order.Where(tip => !unseen.Contains(tip)).Take(take - unseen.Count).ToList();
        return new TipPick([.. unseen, .. fresh], true, fresh);
    }

    /// <summary>A tip's identity in a subscriber's history: the first 64 bits of its text's SHA-256, hex.</summary>
    public static string KeyOf(string tip) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(tip)))[..16];
}

/// <param name="Tips">The issue's tips, in the order mailed.</param>
/// <param name="NewRound">The pool was used up: the subscriber's history starts again.</param>
/// <param name="Remember">What the history holds after this issue is sent (added to it, or all of it in a new round).</param>
public sealed record TipPick(IReadOnlyList<string> Tips, bool NewRound, IReadOnlyList<string> Remember);
