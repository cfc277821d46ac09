using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.ServiceDefaults;

namespace Pipeline.Stages.Monitoring;

/// <summary>
/// <c>pipeline.queue.messages</c> and <c>pipeline.queue.consumers</c> per monitored queue, read from the broker at
/// most every few seconds however often /metrics is scraped.
/// </summary>
internal sealed partial class QueueDepthMetrics : IHostedService
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan ScrapeWait = TimeSpan.FromSeconds(1);
    private const string QueueTag = "messaging.destination.name";

    private readonly CachedReading<IReadOnlyList<QueueDepth>> _depths;

    public QueueDepthMetrics(IMeterFactory meters, BrokerQueueProbe probe, IEnumerable<MonitoredQueue> queues, ILogger<QueueDepthMetrics> logger)
    {
        var names = queues.Select(q => q.Name).Distinct(StringComparer.Ordinal).ToList();
        _depths = new CachedReading<IReadOnlyList<QueueDepth>>(ct => probe.ReadAsync(names, ct), MaxAge, e => LogUnreadable(logger, e));
        var meter = PipelineTelemetry.MeterFrom(meters);
        meter.CreateObservableGauge("pipeline.queue.messages", () => Observe(d => d.Messages), "{message}",
            "Messages waiting in a pipeline queue (ready, not yet delivered to a consumer).");
        meter.CreateObservableGauge("pipeline.queue.consumers", () => Observe(d => d.Consumers), "{consumer}",
            "Consumers attached to a pipeline queue: workers of that stage that are up.");
    }

    private IEnumerable<Measurement<long>> Observe(Func<QueueDepth, long> figure) =>
        (_depths.Get(ScrapeWait) ?? []).Select(d => new Measurement<long>(figure(d), new KeyValuePair<string, object?>(QueueTag, d.Queue)));

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Warning, "Queue depths could not be read from the broker")]
    private static partial void LogUnreadable(ILogger logger, Exception exception);
}

internal static class QueueDepthRegistration
{
    /// <summary>The gauges exist from start (a hosted service resolves them), not from the first time someone asks.</summary>
    public static IServiceCollection AddQueueDepthMetrics(this IServiceCollection services)
    {
        services.AddSingleton<BrokerQueueProbe>();
        services.AddSingleton<QueueDepthMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<QueueDepthMetrics>());
        return services;
    }
}
