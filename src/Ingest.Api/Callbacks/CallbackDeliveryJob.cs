using System.Diagnostics;
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
/// say a scheduled one and the sweep's, never send it together), sends it signed, keeps the attempt, and records the
/// outcome: delivered; due again after the next wait of the schedule, or later if a 429 or 503 asked so with
/// <c>Retry-After</c> (a job scheduled for then); or given up, after the last retry or at once on 410 Gone.
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
        var row = db.CallbackDeliveries.Where(d => d.Id == deliveryId);
        var signing = await SecretsAsync(delivery.TenantId, now, cancellationToken);
        if (signing is null)
        {
            // The tenant is being deleted: its erasure removes this delivery; nothing more is sent.
            await row.ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }
        var webhookId = WebhookSignature.IdOf(delivery.Id);

        var clock = Stopwatch.StartNew();
        var outcome = await sender.SendAsync(new Uri(delivery.Url), webhookId, delivery.Payload, signing, cancellationToken);
        var attempt = new CallbackAttempt
        {
            Id = Guid.NewGuid(),
            DeliveryId = deliveryId,
            AttemptedAt = now,
            DurationMilliseconds = (int)Math.Min(int.MaxValue, clock.ElapsedMilliseconds),
            StatusCode = outcome.StatusCode,
        };
        var attempts = delivery.Attempts + 1;
        var done = time.GetUtcNow();
        metrics.Attempted(delivery.Event, outcome.Delivered);
        if (outcome.Delivered)
        {
            await RecordAsync(attempt, () => row.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.DeliveredAt, done)
                .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None));
            LogDelivered(logger, webhookId, delivery.Event, delivery.SubjectId, attempts);
            return;
        }

        var delays = settings.Delays;
        var error = Truncate(outcome.Gone
            ? $"{outcome.Error ?? "The receiver answered 410 Gone"} (410 Gone: the endpoint is gone, the event is not sent again)"
            : outcome.Error ?? "The attempt failed.");
        attempt.Error = error;
        if (outcome.Gone || attempts > delays.Count)
        {
            await RecordAsync(attempt, () => row.ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.GaveUpAt, done)
                .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
                .SetProperty(d => d.LastError, error)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None));
            metrics.GaveUp(delivery.Event);
            LogGaveUp(logger, webhookId, delivery.Event, delivery.SubjectId, attempts, (done - delivery.CreatedAt).TotalHours, error);
            return;
        }
        // A receiver that said when to come back (429, 503) is not asked sooner, up to the limit.
        var wait = delays[attempts - 1];
        if (outcome.RetryAfter is { } asked)
        {
            var honoured = asked < settings.RetryAfterLimit ? asked : settings.RetryAfterLimit;
            wait = honoured > wait ? honoured : wait;
        }
        var next = done + wait;
        attempt.NextAttemptAt = next;
        await RecordAsync(attempt, () => row.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Attempts, attempts)
            .SetProperty(d => d.NextAttemptAt, next)
            .SetProperty(d => d.LastStatusCode, outcome.StatusCode)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None));
        jobs.Schedule<CallbackDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None), WholeSecondAfter(next));
        LogRetrying(logger, webhookId, delivery.Event, delivery.SubjectId, attempts, wait.TotalSeconds, error);
    }

    /// <summary>The tenant's current secret, and the one before it while its grace period lasts; null for a tenant being deleted.</summary>
    private async Task<IReadOnlyList<string>?> SecretsAsync(Guid tenantId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var tenant = await db.Tenants.AsNoTracking()
            .Where(t => t.Id == tenantId && t.DeletedAt == null)
            .Select(t => new { t.ProtectedSigningSecret, t.PreviousProtectedSigningSecret, t.PreviousSigningSecretExpiresAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (tenant is null)
        {
            return null;
        }
        var current = secrets.Unprotect(tenant.ProtectedSigningSecret);
        return tenant.PreviousProtectedSigningSecret is { } previous && tenant.PreviousSigningSecretExpiresAt > now
            ? [current, secrets.Unprotect(previous)]
            : [current];
    }

    /// <summary>The attempt's record and the delivery's new state, together.</summary>
    private async Task RecordAsync(CallbackAttempt attempt, Func<Task<int>> update)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
        db.CallbackAttempts.Add(attempt);
        await db.SaveChangesAsync(CancellationToken.None);
        await update();
        await transaction.CommitAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// Hangfire keeps a scheduled time in whole seconds (cut down), so a job scheduled for 12.6 s may start at 12.0 s and
    /// find its delivery not yet due: schedule for the next whole second instead.
    /// </summary>
    private static DateTimeOffset WholeSecondAfter(DateTimeOffset time) =>
        new(time.UtcTicks - time.UtcTicks % TimeSpan.TicksPerSecond + TimeSpan.TicksPerSecond, TimeSpan.Zero);

    private static string Truncate(string text) => text.Length > CallbackDelivery.LastErrorLength ? text[..CallbackDelivery.LastErrorLength] : text;

    [LoggerMessage(LogLevel.Information, "Delivered {WebhookId} ({EventType}, {SubjectId}) at attempt {Attempts}")]
    private static partial void LogDelivered(ILogger logger, string webhookId, string eventType, Guid subjectId, int attempts);

    [LoggerMessage(LogLevel.Warning, "Callback {WebhookId} ({EventType}, {SubjectId}) failed at attempt {Attempts}; next in {WaitSeconds} s: {Error}")]
    private static partial void LogRetrying(ILogger logger, string webhookId, string eventType, Guid subjectId, int attempts, double waitSeconds, string error);

    [LoggerMessage(LogLevel.Error, "Gave up callback {WebhookId} ({EventType}, {SubjectId}) after {Attempts} attempts over {Hours:0.#} h: {Error}")]
    private static partial void LogGaveUp(ILogger logger, string webhookId, string eventType, Guid subjectId, int attempts, double hours, string error);
}
