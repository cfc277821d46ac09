using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Pipeline.ServiceDefaults;
using Resume.Model;

namespace Pipeline.Stages.Running;

/// <summary>
/// Runs one stage's plain code, timed. The stage code is deterministic: an exception from it would happen again on
/// every retry, so it becomes a permanent <c>internal</c> failure instead of a retry loop. Only the I/O around the call
/// (blobs, broker) is left to throw and be retried.
/// </summary>
public static partial class StageCall
{
    private static readonly Histogram<double> Duration = PipelineTelemetry.Meter.CreateHistogram<double>(
        "pipeline.stage.duration", "s", "Time one stage's code takes for one resume, without blob and broker I/O.");

    public static StageOutcome<T> Run<T>(string stage, ILogger logger, Func<T> call) =>
        Run(stage, logger, () => (call(), (StageError?)null));

    public static StageOutcome<T> Run<T>(string stage, ILogger logger, Func<(T? Value, StageError? Error)> call)
    {
        var started = Stopwatch.GetTimestamp();
        StageOutcome<T> outcome;
        try
        {
            var (value, error) = call();
            outcome = new StageOutcome<T>(value, error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogStageThrew(logger, stage, e);
            outcome = new StageOutcome<T>(default, new StageError(stage, ErrorCodes.Internal,
                $"The {stage} stage met an unexpected problem with this resume and could not finish."));
        }
        Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>("stage", stage),
            new KeyValuePair<string, object?>("outcome", outcome.Failed ? "failed" : "ok"));
        return outcome;
    }

    [LoggerMessage(LogLevel.Error, "The {Stage} stage threw")]
    private static partial void LogStageThrew(ILogger logger, string stage, Exception exception);
}
