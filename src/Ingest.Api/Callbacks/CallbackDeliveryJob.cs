using Hangfire;
using Ingest.Api.Monitoring;
using Ingest.Api.Tenants;
using Ingest.Data;
using Ingest.Data.Callbacks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// One attempt at a callback, as a Hangfire job. It claims the delivery with a lease (so two jobs for one delivery,
/// say a scheduled one and the sweep's, never send it together), sends it signed, and records the outcome: delivered,
/// due again after the next wait of the schedule (a job scheduled for then), or given up after the last.
/// </summary>
public sealed partial class CallbackDeliveryJob(
    IngestDbContext db,
    CallbackSender sender,
    SigningSecrets secrets,
    IBackgroundJobClient jobs,
    CallbackMetrics metrics,
    TimeProvider time,
    IOptions<CallbackOptions> options,
    ILogger<CallbackDeliveryJob> logger)
{
    /// <summary>Hangfire's own retries stay off: a failed attempt is rescheduled here, and a job that crashed is found by the sweep.</summary>
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid deliveryId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        // Long enough for one attempt (connect, send, answer) with room to record its outcome.
        var leaseUntil = now + settings.Timeout * 2 + TimeSpan.FromSeconds(30);
        var claimed = await db.CallbackDeliveries
            .Where(d => d.Id == deliveryId && d.DeliveredAt == null && d.GaveUpAt == null && d.NextAttemptAt <= now
                        && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, leaseUntil), cancellationToken);
        if (claimed == 0)
        {
            // Delivered, given up, or another job has it: nothing to do. Not due yet (a job run early): run again when it is.
            var pending = await db.CallbackDeliveries.AsNoTracking()
                .Where(d => d.Id == deliveryId && d.DeliveredAt == null && d.GaveUpAt == null && d.NextAttemptAt > now && (d.LeaseUntil == null || d.LeaseUntil < now))
                .Select(d => (DateTimeOffset?)d.NextAttemptAt)
                .FirstOrDefaultAsync(cancellationToken);
            if (pending is { } due)
            {
                jobs.Schedule<CallbackDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None), WholeSecondAfter(due));
            }
            return;
        }
        var delivery = await db.CallbackDeliveries.AsNoTracking().SingleAsync(d => d.Id == deliveryId, cancellationToken);
        var protectedSecret = await db.Tenants.AsNoTracking().Where(t => t.Id == delivery.TenantId).Select(t => t.ProtectedSigningSecret).SingleAsync(cancellationToken);
        var webhookId = WebhookSignature.IdOf(delivery.Id);

        var outcome = await sender.SendAsync(new Uri(delivery.Url), webhookId, delivery.Payload, secrets.Unprotect(protectedSecret), cancellationToken);
        var attempts = delivery.Attempts + 1;
        var done = time.GetUtcNow();
        metrics.Attempted(delivery.Event, outcome.Delivered);
        var row = db.CallbackDeliveries.Where(d => d.Id == deliveryId);
        if (outcome.Delivered)
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.DeliveredAt, done)
                .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
                .SetProperty(d => d.LastError, (string?)null)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            LogDelivered(logger, webhookId, delivery.Event, delivery.ScanId, attempts);
            return;
        }

        var error = Truncate(outcome.Error ?? "The attempt failed.");
        var delays = settings.Delays;
        if (attempts > delays.Count)
        {
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.GaveUpAt, done)
                .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            metrics.GaveUp(delivery.Event);
            LogGaveUp(logger, webhookId, delivery.Event, delivery.ScanId, attempts, (done - delivery.CreatedAt).TotalHours, error);
            return;
        }
        var next = done + delays[attempts - 1];
        await row.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        jobs.Schedule<CallbackDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None), WholeSecondAfter(next));
        LogRetrying(logger, webhookId, delivery.Event, delivery.ScanId, attempts, delays[attempts - 1].TotalSeconds, error);
    }

    /// <summary>
    /// Hangfire keeps a scheduled time in whole seconds (cut down), so a job scheduled for 12.6 s may start at 12.0 s and
    /// find its delivery not yet due: schedule for the next whole second instead.
    /// </summary>
    private static DateTimeOffset WholeSecondAfter(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond + TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static string Truncate(string text) => text.Length > CallbackDelivery.LastErrorLength ? text[..CallbackDelivery.LastErrorLength] : text;

    [LoggerMessage(LogLevel.Information, "Delivered {WebhookId} ({EventType}, scan {ScanId}) at attempt {Attempts}")]
    private static partial void LogDelivered(ILogger logger, string webhookId, string eventType, Guid scanId, int attempts);

    [LoggerMessage(LogLevel.Warning, "Callback {WebhookId} ({EventType}, scan {ScanId}) failed at attempt {Attempts}; next in {WaitSeconds} s: {Error}")]
    private static partial void LogRetrying(ILogger logger, string webhookId, string eventType, Guid scanId, int attempts, double waitSeconds, string error);

    [LoggerMessage(LogLevel.Error, "Gave up callback {WebhookId} ({EventType}, scan {ScanId}) after {Attempts} attempts over {Hours:0.#} h: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string webhookId, string eventType, Guid scanId, int attempts, double hours, string error);
}
