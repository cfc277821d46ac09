using Ingest.Api.Outbox;
using Ingest.Api.Scans;
using Ingest.Data;
using Ingest.Data.Batches;
using Ingest.Data.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches.Release;

/// <summary>
/// Lets batch scans into the pipeline a few at a time (<see cref="ReleasePlan"/>): the queues hold at most the release
/// windows, never a whole batch, and no tenant's batch waits for another's to finish. A released scan is marked with a
/// conditional UPDATE and its announcement written to the outbox in the same transaction (two instances never release
/// one scan twice), then handed to this instance's dispatcher. Woken when a batch arrives or a batch scan ends, and
/// polls for what other instances changed. The all-in-one host runs the same loop.
/// </summary>
internal sealed partial class BatchRelease(
    IServiceScopeFactory scopes,
    ReleaseSignal signal,
    OutboxSignal outbox,
    IOptions<BatchOptions> options,
    TimeProvider time,
    ILogger<BatchRelease> logger) : BackgroundService
{
    private int _turn;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var released = 0;
            try
            {
                released = await ReleaseRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, e);
            }
            if (released == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.ReleaseInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One look at the open batches and release of what the windows allow; returns how many scans it released.</summary>
    internal async Task<int> ReleaseRoundAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
        var open = await db.Batches.AsNoTracking()
            .Where(b => b.DeletedAt == null && b.Status != BatchStatus.Completed)
            .Select(b => new OpenBatch(b.Id, b.TenantId, b.CreatedAt, b.Total, b.Released, b.Completed + b.Failed))
            .ToListAsync(cancellationToken);
        var settings = options.Value;
        var plan = ReleasePlan.Allocate(open, settings.InFlightPerTenant, settings.InFlight, _turn++);
        var released = 0;
        foreach (var (batchId, count) in plan)
        {
            released += await ReleaseAsync(db, batchId, count, cancellationToken);
        }
        return released;
    }

    private async Task<int> ReleaseAsync(IngestDbContext db, Guid batchId, int count, CancellationToken cancellationToken)
    {
        var next = await db.Scans.AsNoTracking()
            .Where(s => s.BatchId == batchId && s.ReleasedAt == null && s.DeletedAt == null)
            .OrderBy(s => s.EntryIndex)
            .Take(count)
            .ToListAsync(cancellationToken);
        if (next.Count == 0)
        {
            return 0;
        }
        var now = time.GetUtcNow();
        var announcements = new List<OutboxMessage>();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            foreach (var scan in next)
            {
                // Only if no other instance released it meanwhile (or it was erased).
                var marked = await db.Scans
                    .Where(s => s.Id == scan.Id && s.ReleasedAt == null && s.DeletedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.ReleasedAt, now).SetProperty(x => x.UpdatedAt, now), cancellationToken);
                if (marked > 0)
                {
                    announcements.Add(outbox.Lease(OutboxEnvelope.Create(ScanAnnouncement.Of(scan, scan.Attempts), scan.Id, now)));
                }
            }
            if (announcements.Count > 0)
            {
                var released = announcements.Count;
                await db.Batches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s
                    .SetProperty(b => b.Released, b => b.Released + released)
                    .SetProperty(b => b.Status, b => b.Status == BatchStatus.Accepted ? BatchStatus.Running : b.Status)
                    .SetProperty(b => b.StartedAt, b => b.StartedAt ?? now), cancellationToken);
                db.Outbox.AddRange(announcements);
                await db.SaveChangesAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        db.ChangeTracker.Clear();
        foreach (var announcement in announcements)
        {
            outbox.Committed(announcement);
        }
        if (announcements.Count > 0)
        {
            LogReleased(logger, announcements.Count, batchId);
        }
        return announcements.Count;
    }

    [LoggerMessage(LogLevel.Debug, "Released {Count} scans of batch {BatchId}")]
    private static partial void LogReleased(ILogger logger, int count, Guid batchId);

    [LoggerMessage(LogLevel.Error, "A batch release round failed; the next one starts after the poll interval")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
