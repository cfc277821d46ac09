using MassTransit;

namespace Pipeline.Stages.Messaging;

/// <summary>
/// How every stage queue is declared on RabbitMQ, whatever its stage or lane: a quorum queue that counts deliveries
/// and, past <see cref="MessagingOptions.DeliveryLimit"/> returns, dead-letters a message into the queue's
/// <c>_error</c> queue instead of delivering it again. The consumers fail the scan one delivery before that
/// (<see cref="Running.LastDelivery"/>), so the dead letter is a backstop that keeps the message for inspection.
/// Every host declares the same arguments (a queue declared twice with different ones is refused by the broker).
/// </summary>
public static class StageQueueTopology
{
    public const string DeliveryLimitArgument = "x-delivery-limit";

    public static void Apply(IReceiveEndpointConfigurator endpoint, string queue, MessagingOptions options)
    {
        if (endpoint is not IRabbitMqReceiveEndpointConfigurator rabbit || options.QueueType != StageQueueType.Quorum)
        {
            return;
        }
        rabbit.SetQuorumQueue();
        rabbit.SetQueueArgument(DeliveryLimitArgument, options.DeliveryLimit);
        rabbit.BindDeadLetterQueue(ErrorQueue(queue), ErrorQueue(queue));
    }

    /// <summary>The queue MassTransit moves faulted messages to: the dead letters join them there.</summary>
    public static string ErrorQueue(string queue) => $"{queue}_error";
}
