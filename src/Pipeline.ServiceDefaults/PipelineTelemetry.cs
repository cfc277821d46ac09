using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Pipeline.ServiceDefaults;

/// <summary>The names under which our own spans and instruments are exported, next to MassTransit's and ASP.NET's.</summary>
public static class PipelineTelemetry
{
    public const string Name = "ResumePipeline";

    /// <summary>MassTransit's own activity source and meter: spans for send, publish and consume, linked across processes.</summary>
    public const string MassTransitSource = "MassTransit";

    public static readonly ActivitySource ActivitySource = new(Name);

    /// <summary>For instruments of plain static code (the stage timer); a service's own instruments come from <see cref="MeterFrom"/>.</summary>
    public static readonly Meter Meter = new(Name);

    /// <summary>
    /// The pipeline's meter owned by a service's container, for instruments whose callbacks read that service's state:
    /// they go away with it (several hosts in one test process never read each other's).
    /// </summary>
    public static Meter MeterFrom(IMeterFactory factory) => factory.Create(Name);

    /// <summary>Histogram buckets for durations in seconds, from 5 ms to a minute.</summary>
    public static readonly IReadOnlyList<double> SecondsBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];
}
