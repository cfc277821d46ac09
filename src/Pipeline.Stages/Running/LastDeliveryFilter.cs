using MassTransit;
using Microsoft.Extensions.Logging;
using Pipeline.Contracts;
using StageName = Resume.Model.Stages;

namespace Pipeline.Stages.Running;

/// <summary>
/// First on every stage queue: on the last delivery the broker will make (<see cref="LastDelivery"/>), the scan fails
/// with a reason instead of the work running again, and the message is settled (marked consumed, so it is acknowledged
/// rather than parked in <c>_skipped</c>). So a file that kills its worker, or a
/// worker that hangs on it, ends its scan once and the queue moves on, whatever the cause.
/// </summary>
public sealed partial class LastDeliveryFilter(int deliveryLimit, ILogger logger) : IFilter<ConsumeContext>
{
    public async Task Send(ConsumeContext context, IPipe<ConsumeContext> next)
    {
        if (!LastDelivery.Reached(context, deliveryLimit) || ScanOf(context) is not var (scanId, stage))
        {
            await next.Send(context);
            return;
        }
        var earlier = LastDelivery.EarlierDeliveries(context);
        using (logger.BeginScanScope(scanId))
        {
            LogGaveUp(logger, stage, earlier);
        }
        await context.Publish(StageFailures.GaveUp(scanId, stage, earlier), context.CancellationToken);
        // Settled here: a message no consumer took is moved to the queue's _skipped queue, where it would stay for good.
        await NotifyConsumedAsync(context);
    }

    private static Task NotifyConsumedAsync(ConsumeContext context) =>
        context.TryGetMessage<ResumeUploaded>(out var uploaded) ? context.NotifyConsumed(uploaded, TimeSpan.Zero, nameof(LastDeliveryFilter))
        : context.TryGetMessage<ResumeParsed>(out var parsed) ? context.NotifyConsumed(parsed, TimeSpan.Zero, nameof(LastDeliveryFilter))
        : context.TryGetMessage<ResumeScored>(out var scored) ? context.NotifyConsumed(scored, TimeSpan.Zero, nameof(LastDeliveryFilter))
        : Task.CompletedTask;

    public void Probe(ProbeContext context) => context.CreateFilterScope("last-delivery").Add("deliveryLimit", deliveryLimit);

    /// <summary>The scan and stage a stage message is for; null for anything else.</summary>
    private static (Guid ScanId, string Stage)? ScanOf(ConsumeContext context) =>
        context.TryGetMessage<ResumeUploaded>(out var uploaded) ? (uploaded.Message.ScanId, StageName.Parse)
        : context.TryGetMessage<ResumeParsed>(out var parsed) ? (parsed.Message.ScanId, StageName.Score)
        : context.TryGetMessage<ResumeScored>(out var scored) ? (scored.Message.ScanId, StageName.Render)
        : null;

    [LoggerMessage(LogLevel.Error, "The {Stage} stage gave the scan up: {Earlier} earlier deliveries ended with no answer (the worker died or hung)")]
    private static partial void LogGaveUp(ILogger logger, string stage, long earlier);
}
