using System.Diagnostics;
using Ingest.Data;
using Ingest.Data.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;
using Pipeline.Stages.Running;
using Pipeline.Stages.Messaging;

namespace Ingest.Api.Outbox;

/// <summary>
/// Publishes outbox rows: claims a batch with a lease, publishes its rows together (on RabbitMQ a publish returns once
/// the broker confirmed it), marks the confirmed ones sent, and puts a failed one back with a growing wait. Woken right
/// after a commit, and polls as a fallback, so a message written while the broker was down goes out when it is back.
/// Rows this process wrote come handed over, already leased (<see cref="OutboxSignal.Committed"/>); the database is
/// asked for others when nothing was handed over or a poll interval has passed since it was last asked, so a steady
/// stream of uploads neither costs a claim per row nor starves rows written elsewhere.
/// </summary>
internal sealed partial class OutboxDispatcher(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;
    private DateTimeOffset _lastPoll = DateTimeOffset.MinValue;
    private int _aboutToPublish;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_options.KillBeforePublish > 0)
        {
            LogFaultInjectionOn(logger, _options.KillBeforePublish);
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var published = 0;
            try
            {
                published = await DispatchBatchAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogBatchFailed(logger, e);
            }
            if (published < _options.BatchSize)
            {
                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>
    /// One claim-and-publish round; returns how many rows it claimed. The claimed rows are published together (each
    /// waits for its own confirm) and the ones confirmed are marked sent in one statement.
    /// </summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
        var now = time.GetUtcNow();
        // A handed-over row whose lease ran out while it waited may have been claimed by a poll by now (this instance's
        // or another's): it goes through the database like any other row, so it is never published twice in one round.
        var claimed = signal.TakeHandedOver(_options.BatchSize).Where(row => row.LeaseUntil > now).ToList();
        var handedOver = claimed.Select(row => row.Id).ToHashSet();
        if (claimed.Count < _options.BatchSize && (claimed.Count == 0 || now - _lastPoll >= _options.PollInterval))
        {
            _lastPoll = now;
            claimed.AddRange((await ClaimAsync(db, _options.BatchSize - claimed.Count, cancellationToken)).Where(row => !handedOver.Contains(row.Id)));
        }
        if (claimed.Count == 0)
        {
            return 0;
        }
        if (_options.KillBeforePublish > 0 && (_aboutToPublish += claimed.Count) >= _options.KillBeforePublish)
        {
            KillBeforePublishing(claimed.Count);
        }
        // A row found in the database rather than handed over may have been published already by an instance that
        // died before marking it sent, or by a try whose confirm was lost.
        var failures = await Task.WhenAll(claimed.Select(row => PublishAsync(row, mayRepeat: row.Attempts > 0 || !handedOver.Contains(row.Id), cancellationToken)));
        var sent = claimed.Where((_, i) => failures[i] is null).Select(row => row.Id).ToList();
        if (sent.Count > 0)
        {
            var sentAt = time.GetUtcNow();
            await db.Outbox.Where(m => sent.Contains(m.Id)).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.SentAt, sentAt)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                .SetProperty(m => m.LeaseOwner, (Guid?)null)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        }
        for (var i = 0; i < claimed.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                await PutBackAsync(db, claimed[i], failure);
            }
        }
        return claimed.Count;
    }

    private async Task<List<OutboxMessage>> ClaimAsync(IngestDbContext db, int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await db.Outbox
            .Where(m => m.SentAt == null && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        // The lease condition is checked again inside the UPDATE: of two instances racing for a row, one wins it.
        var owner = Guid.NewGuid();
        var until = now + _options.Lease;
        await db.Outbox
            .Where(m => candidates.Contains(m.Id) && m.SentAt == null && (m.LeaseUntil == null || m.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, owner).SetProperty(m => m.LeaseUntil, until), cancellationToken);
        return await db.Outbox.AsNoTracking()
            .Where(m => m.LeaseOwner == owner)
            .OrderBy(m => m.NextAttemptAt)
            .ToListAsync(cancellationToken);
    }

    /// <summary>Publishes one row; returns why it failed, or null once the broker confirmed it.</summary>
    private async Task<Exception?> PublishAsync(OutboxMessage row, bool mayRepeat, CancellationToken cancellationToken)
    {
        // The publication belongs to the trace of the request that wrote the row; MassTransit carries it on to the consumers.
        using var activity = PipelineTelemetry.ActivitySource.StartActivity("outbox publish", ActivityKind.Producer, OutboxEnvelope.ParentOf(row));
        activity?.SetTag("messaging.message.id", row.Id.ToString());
        activity?.SetTag("pipeline.message.type", row.MessageType);
        try
        {
            var (message, type) = OutboxEnvelope.Open(row);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.PublishTimeout);
            // A batch scan's first message goes to its lane's queue by name; everything else is published.
            void Stamp(SendContext context)
            {
                context.MessageId = row.Id;
                if (mayRepeat)
                {
                    context.Headers.Set(FirstDelivery.MayRepeatHeader, true);
                }
            }
            if (LaneRouting.SendAddressOf(message) is { } address)
            {
                var endpoint = await bus.GetSendEndpoint(address);
                await endpoint.Send(message, type, Pipe.Execute<SendContext>(Stamp), timeout.Token);
            }
            else
            {
                await bus.Publish(message, type, Pipe.Execute<PublishContext>(Stamp), timeout.Token);
            }
            return null;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, e.Message);
            return e;
        }
    }

    /// <summary>A row the broker did not take goes back with a doubling wait.</summary>
    private async Task PutBackAsync(IngestDbContext db, OutboxMessage row, Exception failure)
    {
        var attempts = row.Attempts + 1;
        var wait = TimeSpan.FromSeconds(Math.Min(Math.Pow(2, Math.Min(attempts - 1, 20)), _options.MaxBackoff.TotalSeconds));
        var error = failure.Message.Length > OutboxMessage.LastErrorLength ? failure.Message[..OutboxMessage.LastErrorLength] : failure.Message;
        LogPublishFailed(logger, row.MessageType, row.ScanId, attempts, wait.TotalSeconds, failure);
        await db.Outbox.Where(m => m.Id == row.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.NextAttemptAt, time.GetUtcNow() + wait)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseOwner, (Guid?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
    }

    /// <summary>The fault <see cref="OutboxOptions.KillBeforePublish"/> asks for: said on stderr (a log line might not get out in time), then SIGKILL.</summary>
    private static void KillBeforePublishing(int rows)
    {
        Console.Error.WriteLine($"Outbox:KillBeforePublish: killing this process before it publishes {rows} committed message(s).");
        Console.Error.Flush();
        Process.GetCurrentProcess().Kill();
    }

    [LoggerMessage(LogLevel.Warning, "Fault injection is on: this process kills itself before publishing its outbox message number {Count} (Outbox:KillBeforePublish)")]
    private static partial void LogFaultInjectionOn(ILogger logger, int count);

    [LoggerMessage(LogLevel.Warning, "Publishing {MessageType} for scan {ScanId} failed (attempt {Attempts}); trying again in {WaitSeconds} s")]
    private static partial void LogPublishFailed(ILogger logger, string messageType, Guid? scanId, int attempts, double waitSeconds, Exception exception);

    [LoggerMessage(LogLevel.Error, "An outbox round failed; the next one starts after the poll interval")]
    private static partial void LogBatchFailed(ILogger logger, Exception exception);
}
