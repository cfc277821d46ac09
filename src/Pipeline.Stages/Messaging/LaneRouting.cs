using MassTransit;
using Pipeline.Contracts;
using Pipeline.Stages.Running;

namespace Pipeline.Stages.Messaging;

/// <summary>
/// How a message reaches the next stage on its lane. The interactive lane publishes: the next stage's queue and
/// <c>scan-status</c> are bound to the event's exchange. The batch lane's queues are bound to no exchange (so a
/// published event never lands in both lanes): its messages are sent by queue name, to the next stage and to
/// <c>scan-status</c>. Events no stage consumes (the end of a scan, a failure) are published on either lane.
/// </summary>
public static class LaneRouting
{
    /// <summary>
    /// Passes <paramref name="message"/> to <paramref name="nextStageQueue"/> (its interactive name) on <paramref name="lane"/>,
    /// flagged when the message it answers may have run before (<see cref="FirstDelivery.MayRepeatHeader"/>).
    /// </summary>
    public static async Task Forward<T>(this ConsumeContext context, T message, Lane lane, string nextStageQueue, bool mayRepeat, CancellationToken cancellationToken)
        where T : class
    {
        if (lane != Lane.Batch)
        {
            await context.PublishNextAsync(message, mayRepeat, cancellationToken);
            return;
        }
        var flag = Pipe.Execute<SendContext<T>>(send =>
        {
            if (mayRepeat)
            {
                send.Headers.Set(FirstDelivery.MayRepeatHeader, true);
            }
        });
        await (await context.GetSendEndpoint(QueueAddress(StageQueues.On(nextStageQueue, lane)))).Send(message, flag, cancellationToken);
        await (await context.GetSendEndpoint(QueueAddress(StageQueues.Status))).Send(message, flag, cancellationToken);
    }

    /// <summary>
    /// Where the first message of a scan goes when it is not published: the batch lane's parse queue for a batch scan's
    /// <see cref="ResumeUploaded"/>; null for everything else.
    /// </summary>
    public static Uri? SendAddressOf(object message) =>
        message is ResumeUploaded { Lane: Lane.Batch } ? QueueAddress(StageQueues.On(StageQueues.Parse, Lane.Batch)) : null;

    private static Uri QueueAddress(string queue) => new($"queue:{queue}");
}
