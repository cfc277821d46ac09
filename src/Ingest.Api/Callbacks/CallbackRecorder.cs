using Hangfire;
using Ingest.Api.Hosting;
using Ingest.Data;
using Ingest.Data.Callbacks;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Records the callback an event owes a tenant, once: the row is unique per subject and event, so the status consumer,
/// a redelivered status message and the sweep can all try and only one row is made. The row is written before its job
/// is enqueued; if the process dies in between, the sweep finds the row overdue and enqueues it.
/// </summary>
public sealed partial class CallbackRecorder(
    IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time, IOptions<PublicAddressOptions> publicAddress, ILogger<CallbackRecorder> logger)
{
    /// <summary>
    /// Records and enqueues the scan's callback if it has one due and none was recorded; returns whether it did. A scan
    /// erased on request before it ended gets none.
    /// </summary>
    public async Task<bool> EnsureAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking()
            .Where(s => s.Id == scanId && s.TenantId != null && s.CallbackUrl != null && s.Status >= ScanStatus.Completed && s.DeletedAt == null
                        && !db.CallbackDeliveries.Any(d => d.SubjectId == s.Id))
            .FirstOrDefaultAsync(cancellationToken);
        return scan is not null && await RecordAsync(scan, cancellationToken);
    }

    internal Task<bool> RecordAsync(Scan scan, CancellationToken cancellationToken)
    {
        var callback = CallbackEvent.Of(scan, publicAddress.Value);
        return RecordAsync(scan.TenantId!.Value, scan.Id, scan.CallbackUrl!, callback.Type, callback.ToJson(), cancellationToken);
    }

    /// <summary>
    /// Records one event about <paramref name="subjectId"/> (a scan, a batch) for the tenant's <paramref name="url"/>,
    /// with its body (see <see cref="WebhookPayload"/>), and enqueues its first attempt; false when it was recorded already.
    /// </summary>
    public async Task<bool> RecordAsync(Guid tenantId, Guid subjectId, string url, string eventType, string payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var delivery = new CallbackDelivery
        {
            Id = Guid.NewGuid(),
            SubjectId = subjectId,
            TenantId = tenantId,
            Event = eventType,
            Url = url,
            Payload = payload,
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
            // Someone recorded it first (the unique index on subject and event); theirs is the one delivered.
            db.Entry(delivery).State = EntityState.Detached;
            if (await db.CallbackDeliveries.AnyAsync(d => d.SubjectId == subjectId && d.Event == eventType, cancellationToken))
            {
                return false;
            }
            throw;
        }
        db.Entry(delivery).State = EntityState.Detached;
        jobs.Enqueue<CallbackDeliveryJob>(job => job.RunAsync(delivery.Id, CancellationToken.None));
        LogRecorded(logger, subjectId, eventType, WebhookSignature.IdOf(delivery.Id));
        return true;
    }

    [LoggerMessage(LogLevel.Information, "Recorded callback {EventType} for {SubjectId} as {WebhookId}")]
    private static partial void LogRecorded(ILogger logger, Guid subjectId, string eventType, string webhookId);
}
