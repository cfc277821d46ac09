using Ingest.Api.Batches.Progress;
using Ingest.Api.Callbacks;
using Ingest.Api.Hosting;
using Ingest.Api.Monitoring;
using Ingest.Api.Outbox;
using Ingest.Api.Scans;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Resume.Model;

namespace Ingest.Api.Sweeps;

/// <summary>
/// The long-delay retry (a Hangfire recurring job): a scan whose status has not moved for <see cref="IngestOptions.StuckAfter"/>
/// — a worker was down, an in-process message died with its process — is announced again from the start; each stage
/// finds what it already wrote and passes the scan on, on the scan's lane. After <see cref="IngestOptions.MaxAttempts"/>
/// announcements it fails (counted for its batch, if it has one). A batch scan still waiting for its turn is not stuck.
/// Also clears outbox rows sent more than a day ago.
/// </summary>
public sealed partial class StuckScanSweep(
    IngestDbContext db, OutboxSignal outbox, CallbackRecorder callbacks, BatchProgress batches, TimeProvider time, IOptions<IngestOptions> options,
    ScanMetrics metrics, ILogger<StuckScanSweep> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var cutoff = now - settings.StuckAfter;
        // A scan whose announcement still sits in the outbox (the broker is down) is waiting, not stuck.
        var stuck = await db.Scans.AsNoTracking()
            .Where(s => s.Status < ScanStatus.Completed && s.DeletedAt == null && s.UpdatedAt < cutoff
                        && (s.BatchId == null || s.ReleasedAt != null)
                        && !db.Outbox.Any(m => m.ScanId == s.Id && m.SentAt == null))
            .OrderBy(s => s.UpdatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        var handled = 0;
        foreach (var scan in stuck)
        {
            if (await ReviveAsync(scan, settings, now, cancellationToken))
            {
                handled++;
            }
        }
        if (handled > 0)
        {
            outbox.Notify();
        }

        await db.Outbox.Where(m => m.SentAt != null && m.SentAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        return handled;
    }

    private async Task<bool> ReviveAsync(Scan scan, IngestOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only if nobody moved the scan since it was read (an event, another sweep).
        var unchanged = db.Scans.Where(s => s.Id == scan.Id && s.Status == scan.Status && s.Attempts == scan.Attempts && s.DeletedAt == null);
        var stage = ScanProgress.NextStage(scan.Status);
        int changed;
        var batchCompleted = false;
        var gaveUp = scan.Attempts >= settings.MaxAttempts;
        if (gaveUp)
        {
            var message = $"The {stage} stage did not finish this scan after {scan.Attempts} attempts over {(now - scan.CreatedAt).TotalMinutes:0} minutes. Please try again later.";
            changed = await unchanged.ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, ScanStatus.Failed)
                .SetProperty(x => x.FailureStage, stage)
                .SetProperty(x => x.FailureCode, ErrorCodes.Timeout)
                .SetProperty(x => x.FailureMessage, message)
                .SetProperty(x => x.UpdatedAt, now)
                .SetProperty(x => x.CompletedAt, now), cancellationToken);
            if (changed > 0)
            {
                LogGaveUp(logger, scan.Id, stage, scan.Attempts);
                batchCompleted = scan.BatchId is { } batchId && await batches.CountAsync(batchId, completed: false, cancellationToken);
            }
        }
        else
        {
            var attempt = scan.Attempts + 1;
            changed = await unchanged.ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Attempts, attempt)
                .SetProperty(x => x.UpdatedAt, now), cancellationToken);
            if (changed > 0)
            {
                db.Outbox.Add(OutboxEnvelope.Create(ScanAnnouncement.Of(scan, attempt), scan.Id, now));
                await db.SaveChangesAsync(cancellationToken);
                LogReannounced(logger, scan.Id, stage, attempt);
            }
        }
        await transaction.CommitAsync(cancellationToken);
        if (gaveUp && changed > 0)
        {
            metrics.Failed(stage, ErrorCodes.Timeout);
            if (scan.BatchId is { } batchId)
            {
                await batches.FinishedAsync(batchId, batchCompleted, cancellationToken);
            }
            else
            {
                await callbacks.EnsureAsync(scan.Id, cancellationToken);
            }
        }
        return changed > 0;
    }

    [LoggerMessage(LogLevel.Warning, "Scan {ScanId} sat in the {Stage} stage too long; announced again (attempt {Attempt})")]
    private static partial void LogReannounced(ILogger logger, Guid scanId, string stage, int attempt);

    [LoggerMessage(LogLevel.Warning, "Scan {ScanId} failed: the {Stage} stage did not finish after {Attempts} attempts")]
    private static partial void LogGaveUp(ILogger logger, Guid scanId, string stage, int attempts);
}
