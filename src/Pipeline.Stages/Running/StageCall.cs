using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Pipeline.ServiceDefaults;
using Resume.Model;
using Resume.Parsing.Isolation;

namespace Pipeline.Stages.Running;

/// <summary>
/// Runs one stage's plain code, timed. The stage code is deterministic: an exception from it would happen again on
/// every retry, so it becomes a permanent <c>internal</c> failure instead of a retry loop. Only the I/O around the call
/// (blobs, broker) is left to throw and be retried.
/// </summary>
public static partial class StageCall
{
    /// <summary>The stage: <c>parse</c>, <c>score</c> or <c>render</c>.</summary>
    public const string StageTag = "pipeline.stage";

    /// <summary>On a failed run only, the stage's error code (OpenTelemetry's <c>error.type</c>).</summary>
    public const string ErrorTag = "error.type";

    private static readonly Histogram<double> Duration = PipelineTelemetry.Meter.CreateHistogram(
        "pipeline.stage.duration", "s", "Time one stage's code takes for one resume, without blob and broker I/O.",
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = PipelineTelemetry.SecondsBuckets });

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
        catch (Exception e) when (IsStageFault(e))
        {
            outcome = Threw<T>(stage, logger, e);
        }
        return Recorded(stage, logger, started, outcome);
    }

    public static async Task<StageOutcome<T>> RunAsync<T>(string stage, ILogger logger, Func<Task<(T? Value, StageError? Error)>> call)
    {
        var started = Stopwatch.GetTimestamp();
        StageOutcome<T> outcome;
        try
        {
            var (value, error) = await call();
            outcome = new StageOutcome<T>(value, error);
        }
        catch (Exception e) when (IsStageFault(e))
        {
            outcome = Threw<T>(stage, logger, e);
        }
        return Recorded(stage, logger, started, outcome);
    }

    /// <summary>
    /// Faults of the stage's own code, which would repeat. Cancellation is the host's, and a parser process that cannot
    /// start is this machine's fault: both are left to the retry and the error queue.
    /// </summary>
    private static bool IsStageFault(Exception e) => e is not (OperationCanceledException or SandboxUnavailableException);

    private static StageOutcome<T> Threw<T>(string stage, ILogger logger, Exception e)
    {
        LogStageThrew(logger, stage, e);
        return new StageOutcome<T>(default, new StageError(stage, ErrorCodes.Internal,
            $"The {stage} stage met an unexpected problem with this resume and could not finish."));
    }

    private static StageOutcome<T> Recorded<T>(string stage, ILogger logger, long started, StageOutcome<T> outcome)
    {
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (outcome.Error is { } failure)
        {
            Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(StageTag, stage), new KeyValuePair<string, object?>(ErrorTag, failure.Code));
        }
        else
        {
            Duration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>(StageTag, stage));
            LogStageRan(logger, stage, elapsed.TotalMilliseconds);
        }
        return outcome;
    }

    [LoggerMessage(LogLevel.Error, "The {Stage} stage threw")]
    private static partial void LogStageThrew(ILogger logger, string stage, Exception exception);

    [LoggerMessage(LogLevel.Information, "The {Stage} stage ran in {ElapsedMs:0} ms")]
    private static partial void LogStageRan(ILogger logger, string stage, double elapsedMs);
}
