using Ingest.Api.Candidates;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// Finds, for a chunk of subscribers at once, the latest anonymous scan of a resume carrying their address (matched by
/// its keyed hash, <see cref="CandidateKeys"/>) within <see cref="Window"/>. Scans erased since (on request, or after
/// retention) no longer count.
/// </summary>
public sealed class ScanNotes(IngestDbContext db, CandidateKeys keys)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(90);

    /// <returns>A note per address that has one (addresses as given).</returns>
    public async Task<IReadOnlyDictionary<string, ScanNote>> ForAsync(IReadOnlyCollection<string> emails, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var email in emails)
        {
            byKey[await keys.OfAsync(email, cancellationToken)] = email;
        }
        var wanted = byKey.Keys.ToList();
        var since = now - Window;
        var rows = await (
                from c in db.CandidateScans.AsNoTracking()
                join s in db.Scans.AsNoTracking() on c.ScanId equals s.Id
                where wanted.Contains(c.CandidateKey) && c.CompletedAt > since && s.DeletedAt == null && s.TenantId == null
                select new { c.CandidateKey, c.Score, c.CompletedAt, c.CheckTitle, c.CheckGain })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.CandidateKey)
            .Select(g => g.MaxBy(r => r.CompletedAt)!)
            .ToDictionary(r => byKey[r.CandidateKey], r => new ScanNote(r.Score, r.CompletedAt, r.CheckTitle, r.CheckGain), StringComparer.Ordinal);
    }
}
