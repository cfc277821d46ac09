using Ingest.Api.Batches.Progress;
using Ingest.Api.Callbacks;
using Ingest.Api.Candidates;
using Ingest.Data.Scans;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Running;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Scans.Status;

/// <summary>
/// Follows every scan from the stages' events: forward-only, idempotent. A <see cref="Fault{T}"/> of a stage message
/// (one that kept failing on a transient problem and went to the error queue) ends its scan as failed. Events about a
/// deleted scan erase whatever files the stage wrote after the deletion. A tenant scan that ends gets its callback
/// recorded (once, whichever event or redelivery gets there); an anonymous one that completes leaves what the digest may
/// tell the person whose resume it was. A batch scan's end is counted for its
/// batch in the same transaction as the UPDATE that ended it.
/// </summary>
public sealed partial class ScanStatusConsumer(
    ScanTransitions transitions, CallbackRecorder callbacks, CandidateScanRecorder candidates, BatchProgress batches, IBlobStore blobs, ILogger<ScanStatusConsumer> logger) :
    IConsumer<ResumeParsed>,
    IConsumer<ResumeScored>,
    IConsumer<ReportRendered>,
    IConsumer<ScanFailed>,
    IConsumer<Fault<ResumeUploaded>>,
    IConsumer<Fault<ResumeParsed>>,
    IConsumer<Fault<ResumeScored>>
{
    public Task Consume(ConsumeContext<ResumeParsed> context) =>
        Apply(context.Message.ScanId, context.Message.Lane, ScanStatus.Parsed, ct => transitions.ParsedAsync(context.Message.ScanId, ct), context.CancellationToken);

    public Task Consume(ConsumeContext<ResumeScored> context) =>
        Apply(context.Message.ScanId, context.Message.Lane, ScanStatus.Scored, ct => transitions.ScoredAsync(context.Message.ScanId, context.Message.Score, ct), context.CancellationToken);

    public Task Consume(ConsumeContext<ReportRendered> context) =>
        Apply(context.Message.ScanId, context.Message.Lane, ScanStatus.Completed, ct => transitions.CompletedAsync(context.Message.ScanId, context.Message.Score, rewritten: context.Message.OptimizedPdfBlob is not null, ct), context.CancellationToken);

    public Task Consume(ConsumeContext<ScanFailed> context)
    {
        var m = context.Message;
        return Apply(m.ScanId, m.Lane, ScanStatus.Failed, ct => transitions.FailedAsync(m.ScanId, m.Stage, m.Code, m.Message, ct), context.CancellationToken);
    }

    public Task Consume(ConsumeContext<Fault<ResumeUploaded>> context) =>
        Faulted(context, context.Message.Message.ScanId, context.Message.Message.Lane, StageQueues.Parse, Stages.Parse);

    public Task Consume(ConsumeContext<Fault<ResumeParsed>> context) =>
        Faulted(context, context.Message.Message.ScanId, context.Message.Message.Lane, StageQueues.Score, Stages.Score);

    public Task Consume(ConsumeContext<Fault<ResumeScored>> context) =>
        Faulted(context, context.Message.Message.ScanId, context.Message.Message.Lane, StageQueues.Render, Stages.Render);

    /// <summary>
    /// Only a fault raised on the stage's own queue ends the scan: this service also consumes stage events, and its own
    /// trouble with one (say, the database was away) must not fail a scan whose stage went well.
    /// </summary>
    private Task Faulted<T>(ConsumeContext<Fault<T>> context, Guid scanId, Lane lane, string queue, string stage) where T : class
    {
        var source = context.SourceAddress?.AbsolutePath.TrimEnd('/') ?? "";
        if (!source.EndsWith("/" + StageQueues.On(queue, lane), StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }
        var reason = context.Message.Exceptions.FirstOrDefault()?.ExceptionType ?? "unknown";
        LogFault(logger, scanId, stage, reason);
        return Apply(scanId, lane, ScanStatus.Failed, ct => transitions.FailedAsync(scanId, stage, ErrorCodes.Internal,
            $"The {stage} stage kept meeting a temporary problem (storage or messaging) and gave up after several tries. Please upload the resume again.", ct),
            context.CancellationToken);
    }

    private async Task Apply(Guid scanId, Lane lane, ScanStatus target, Func<CancellationToken, Task<bool>> transition, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScanScope(scanId);
        var ends = target >= ScanStatus.Completed;
        var end = lane == Lane.Batch && ends
            ? await batches.EndScanAsync(scanId, target == ScanStatus.Completed, transition, cancellationToken)
            : new ScanEnd(await transition(cancellationToken), null, false);
        if (end.Changed)
        {
            LogMoved(logger, target);
        }
        else if (await transitions.IsDeletedAsync(scanId, cancellationToken))
        {
            await blobs.DeleteScanAsync(scanId, cancellationToken);
            return;
        }
        if (end.BatchId is { } batchId)
        {
            // Also when this event changed nothing: a redelivery after a crash between the commit and the notices lands here.
            if (end.BatchCompleted || !end.Changed)
            {
                await batches.FinishedAsync(batchId, end.BatchCompleted, cancellationToken);
            }
            return;
        }
        // Also when this event changed nothing: a redelivery after a crash between the UPDATE and the record lands here.
        if (target == ScanStatus.Completed)
        {
            await candidates.RecordAsync(scanId, cancellationToken);
        }
        if (target >= ScanStatus.Completed)
        {
            await callbacks.EnsureAsync(scanId, cancellationToken);
        }
    }

    [LoggerMessage(LogLevel.Information, "Scan is now {Status}")]
    private static partial void LogMoved(ILogger logger, ScanStatus status);

    [LoggerMessage(LogLevel.Warning, "The {Stage} stage gave up on scan {ScanId} after retries ({ExceptionType})")]
    private static partial void LogFault(ILogger logger, Guid scanId, string stage, string exceptionType);
}
