using Ingest.Api.Batches.Notices;
using Ingest.Api.Batches.Release;
using Ingest.Data;
using Ingest.Data.Batches;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Resume.Model;

namespace Ingest.Api.Batches.Progress;

/// <summary>
/// A batch's counters and its completion. A scan's end is counted in the transaction of the conditional UPDATE that
/// ended it, and only when that UPDATE changed the row, so a redelivered or late event, or two instances racing, never
/// count one scan twice. The batch is completed by one conditional UPDATE too: exactly one caller sees it happen.
/// </summary>
public sealed partial class BatchProgress(IngestDbContext db, ReleaseSignal release, BatchNotices notices, TimeProvider time, ILogger<BatchProgress> logger)
{
    /// <summary>
    /// Runs <paramref name="transition"/> (the UPDATE that ends a scan) and, for a batch scan it ended, counts it in the
    /// same transaction.
    /// </summary>
    public async Task<ScanEnd> EndScanAsync(Guid scanId, bool completed, Func<CancellationToken, Task<bool>> transition, CancellationToken cancellationToken)
    {
        var batchId = await db.Scans.Where(s => s.Id == scanId).Select(s => s.BatchId).FirstOrDefaultAsync(cancellationToken);
        if (batchId is not { } batch)
        {
            return new ScanEnd(await transition(cancellationToken), null, false);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var changed = await transition(cancellationToken);
        var finished = changed && await CountAsync(batch, completed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed)
        {
            release.Notify();
        }
        return new ScanEnd(changed, batch, finished);
    }

    /// <summary>
    /// Counts one ended scan of the batch and completes the batch if it was the last; returns whether it did. Call it
    /// inside the transaction whose UPDATE ended the scan.
    /// </summary>
    public async Task<bool> CountAsync(Guid batchId, bool completed, CancellationToken cancellationToken)
    {
        var batch = db.Batches.Where(b => b.Id == batchId);
        _ = completed
            ? await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.Completed, b => b.Completed + 1), cancellationToken)
            : await batch.ExecuteUpdateAsync(s => s.SetProperty(b => b.Failed, b => b.Failed + 1), cancellationToken);
        return await CompleteIfDoneAsync(batchId, cancellationToken);
    }

    /// <summary>
    /// Ends a batch scan that is erased before it ended (it will never send an event), so its batch does not wait for it:
    /// it counts as failed, and as released if it was still waiting for its turn. Call it inside the erasure's transaction.
    /// </summary>
    /// <returns>Whether this completed the batch.</returns>
    public async Task<bool> ScanErasedAsync(Scan scan, CancellationToken cancellationToken)
    {
        if (scan.BatchId is not { } batchId)
        {
            return false;
        }
        var now = time.GetUtcNow();
        var released = await db.Scans.Where(s => s.Id == scan.Id && s.ReleasedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReleasedAt, now), cancellationToken);
        var ended = await db.Scans.Where(s => s.Id == scan.Id && s.DeletedAt == null && s.Status < ScanStatus.Completed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, ScanStatus.Failed)
                .SetProperty(x => x.FailureStage, Stages.Upload)
                .SetProperty(x => x.FailureCode, "deleted")
                .SetProperty(x => x.UpdatedAt, now)
                .SetProperty(x => x.CompletedAt, now), cancellationToken);
        // The cached summary counted this scan's results, which are gone now.
        await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
            .SetProperty(b => b.Released, b => b.Released + released)
            .SetProperty(b => b.SummaryJson, (string?)null), cancellationToken);
        return ended > 0 && await CountAsync(batchId, completed: false, cancellationToken);
    }

    /// <summary>
    /// After the transaction that completed the batch was committed (<paramref name="completedNow"/>), or on a repeated
    /// event that may have come after a crash right there: the notices the batch owes, if it is complete.
    /// </summary>
    public async Task FinishedAsync(Guid batchId, bool completedNow, CancellationToken cancellationToken)
    {
        if (completedNow)
        {
            LogFinished(logger, batchId);
        }
        await notices.EnsureAsync(batchId, cancellationToken);
    }

    private async Task<bool> CompleteIfDoneAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.Batches
            .Where(b => b.Id == batchId && b.Status != BatchStatus.Completed && b.DeletedAt == null && b.Completed + b.Failed >= b.Total)
            .ExecuteUpdateAsync(s => s
                .SetProperty(b => b.Status, BatchStatus.Completed)
                .SetProperty(b => b.StartedAt, b => b.StartedAt ?? now)
                .SetProperty(b => b.FinishedAt, now), cancellationToken) > 0;
    }

    [LoggerMessage(LogLevel.Information, "Batch {BatchId} is complete")]
    private static partial void LogFinished(ILogger logger, Guid batchId);
}

/// <param name="Changed">Whether the scan's UPDATE changed it (false for a repeated or late event).</param>
/// <param name="BatchId">The scan's batch, if it has one.</param>
/// <param name="BatchCompleted">Whether this end completed the batch.</param>
public readonly record struct ScanEnd(bool Changed, Guid? BatchId, bool BatchCompleted);
