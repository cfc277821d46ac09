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
    public static readonly Meter Meter = new(Name);
}
