using System.Diagnostics.Metrics;
using Pipeline.ServiceDefaults;

namespace Ingest.Api.Monitoring;

/// <summary>Callback attempts by outcome, and deliveries given up after the last retry (each also marked in the database).</summary>
public sealed class CallbackMetrics
{
    public const string OutcomeTag = "pipeline.callback.outcome";
    public const string EventTag = "pipeline.callback.event";

    private readonly Counter<long> _attempts;
    private readonly Counter<long> _givenUp;

    public CallbackMetrics(IMeterFactory meters)
    {
        var meter = PipelineTelemetry.MeterFrom(meters);
        _attempts = meter.CreateCounter<long>("pipeline.callbacks.attempts", "{attempt}",
            "Callback attempts: delivered (the receiver answered 2xx) or failed (to be retried or given up).");
        _givenUp = meter.CreateCounter<long>("pipeline.callbacks.given_up", "{delivery}",
            "Callbacks given up after every retry failed.");
    }

    public void Attempted(string eventType, bool delivered) => _attempts.Add(1,
        new KeyValuePair<string, object?>(OutcomeTag, delivered ? "delivered" : "failed"),
        new KeyValuePair<string, object?>(EventTag, eventType));

    public void GaveUp(string eventType) => _givenUp.Add(1, new KeyValuePair<string, object?>(EventTag, eventType));
}
