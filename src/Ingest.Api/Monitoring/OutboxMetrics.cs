using System.Diagnostics.Metrics;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;
using Pipeline.ServiceDefaults;

namespace Ingest.Api.Monitoring;

/// <summary>
/// The outbox's backlog: rows not yet published and how long the oldest has waited. A backlog that grows, or an age
/// that passes a few seconds, means the broker is not taking messages.
/// </summary>
internal sealed partial class OutboxMetrics : IHostedService
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(1);

    private readonly CachedReading<Backlog> _backlog;
    private readonly TimeProvider _time;

    public OutboxMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxMetrics> logger)
    {
        _time = time;
        _backlog = new CachedReading<Backlog>(ct => ReadAsync(scopes, ct), MaxAge, e => LogUnreadable(logger, e));
        var meter = PipelineTelemetry.MeterFrom(meters);
        meter.CreateObservableGauge("pipeline.outbox.pending", () => _backlog.Get(ScrapeWait) is { } b ? [new Measurement<long>(b.Pending)] : Array.Empty<Measurement<long>>(),
            "{message}", "Outbox rows not yet published to the broker.");
        meter.CreateObservableGauge("pipeline.outbox.oldest_pending.age", ObserveAge,
            "s", "How long the oldest unpublished outbox row has waited; 0 when none waits.");
    }

    private IEnumerable<Measurement<double>> ObserveAge()
    {
        if (_backlog.Get(ScrapeWait) is not { } backlog)
        {
            return [];
        }
        var age = backlog.Oldest is { } oldest ? Math.Max(0, (_time.GetUtcNow() - oldest).TotalSeconds) : 0;
        return [new Measurement<double>(age)];
    }

    private static async Task<Backlog> ReadAsync(IServiceScopeFactory scopes, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = scope.ServiceProvider.GetRequiredService<IngestDbContext>().Outbox.AsNoTracking().Where(m => m.SentAt == null);
        var count = await pending.CountAsync(cancellationToken);
        var oldest = count == 0 ? null : await pending.OrderBy(m => m.CreatedAt).Select(m => (DateTimeOffset?)m.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return new Backlog(count, oldest);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private sealed record Backlog(long Pending, DateTimeOffset? Oldest);

    [LoggerMessage(LogLevel.Warning, "The outbox backlog could not be read")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}
