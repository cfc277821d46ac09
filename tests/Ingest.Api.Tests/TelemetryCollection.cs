namespace Ingest.Api.Tests;

/// <summary>
/// OpenTelemetry listens to activity sources and meters by name across the whole process, so a test that collects
/// spans also catches those of another host running in parallel in this assembly (a CI run caught a stranger's
/// "scan-status process" span in the one-trace test). The tests that read telemetry run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "telemetry";
}
