using Hangfire;
using Ingest.Data;
using Ingest.Data.Callbacks;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Records the callback a finished tenant scan owes, once: the row is unique per scan and event, so the status
/// consumer, a redelivered status message and the sweep can all try and only one row is made. The row is written
/// before its job is enqueued; if the process dies in between, the sweep finds the row overdue and enqueues it.
/// </summary>
public sealed partial class CallbackRecorder(
    IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time, IOptions<CallbackOptions> options, ILogger<CallbackRecorder> logger)
{
    /// <summary>
    /// Records and enqueues the scan's callback if it has one due and none was recorded; returns whether it did. A scan
    /// erased on request before it ended gets none.
    /// </summary>
    public async Task<bool> EnsureAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking()
            .Where(s => s.Id == scanId && s.TenantId != null && s.CallbackUrl != null && s.Status >= ScanStatus.Completed && s.DeletedAt == null
                        && !db.CallbackDeliveries.Any(d => d.ScanId == s.Id))
            .FirstOrDefaultAsync(cancellationToken);
        return scan is not null && await RecordAsync(scan, cancellationToken);
    }

    internal async Task<bool> RecordAsync(Scan scan, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var callback = CallbackEvent.Of(scan, options.Value.PublicBaseUrl);
        var delivery = new CallbackDelivery
        {
            Id = Guid.NewGuid(),
            ScanId = scan.Id,
            TenantId = scan.TenantId!.Value,
            Event = callback.Type,
            Url = scan.CallbackUrl!,
            Payload = callback.ToJson(),
            CreatedAt = now,
            NextAttemptAt = now,
        };
        db.CallbackDeliveries.Add(delivery);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone recorded it first (the unique index on scan and event); theirs is the one delivered.
            db.Entry(delivery).State = EntityState.Detached;
            if (await db.CallbackDeliveries.AnyAsync(d => d.ScanId == scan.Id && d.Event == delivery.Event, cancellationToken))
            {
                return false;
            }
            throw;
        }
        db.Entry(delivery).State = EntityState.Detached;
        jobs.Enqueue<CallbackDeliveryJob>(job => job.RunAsync(delivery.Id, CancellationToken.None));
        LogRecorded(logger, scan.Id, delivery.Event, WebhookSignature.IdOf(delivery.Id));
        return true;
    }

    [LoggerMessage(LogLevel.Information, "Recorded callback {EventType} for scan {ScanId} as {WebhookId}")]
    private static partial void LogRecorded(ILogger logger, Guid scanId, string eventType, string webhookId);
}
