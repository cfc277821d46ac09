namespace Pipeline.Stages.Messaging;

public enum StageQueueType
{
    /// <summary>
    /// RabbitMQ quorum queues: the broker counts each message's deliveries (<c>x-delivery-count</c>), even when the
    /// worker holding it dies, and stops at <c>Pipeline:DeliveryLimit</c>. The default.
    /// </summary>
    Quorum,

    /// <summary>Classic queues, as before: no delivery count, so a message that kills its worker comes back without end. For comparison only.</summary>
    Classic,
}
