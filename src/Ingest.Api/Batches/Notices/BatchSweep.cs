using Ingest.Api.Callbacks;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches.Notices;

/// <summary>
/// A Hangfire recurring job that makes sure no notice is lost: a batch completed over a minute ago that still owes one
/// (the process died between the completion and the notice, or in-memory Hangfire lost the job) gets it now. Callback
/// deliveries that were recorded but lost their job are the callback sweep's.
/// </summary>
public sealed partial class BatchSweep(IngestDbContext db, BatchNotices notices, TimeProvider time, IOptions<CallbackOptions> callbacks, ILogger<BatchSweep> logger)
{
    private const int BatchSize = 100;

    /// <summary>How far back to look: the sweep runs every minute, so a gap is found within minutes.</summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(7);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - callbacks.Value.SweepGrace;
        var owing = await db.Batches.AsNoTracking()
            .Where(b => b.Status == BatchStatus.Completed && b.DeletedAt == null && b.FinishedAt <= cutoff && b.FinishedAt > now - Lookback
                        && ((b.ContactEmail != null && b.MailedAt == null && (b.MailLeaseUntil == null || b.MailLeaseUntil < now))
                            || (b.CallbackUrl != null && !db.CallbackDeliveries.Any(d => d.SubjectId == b.Id && d.Event == BatchCompletedEvent.Type))))
            .OrderBy(b => b.FinishedAt)
            .Select(b => b.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var batchId in owing)
        {
            await notices.EnsureAsync(batchId, cancellationToken);
        }
        if (owing.Count > 0)
        {
            LogSwept(logger, owing.Count);
        }
        return owing.Count;
    }

    [LoggerMessage(LogLevel.Warning, "Batch sweep restarted the notices of {Count} complete batches")]
    private static partial void LogSwept(ILogger logger, int count);
}
