namespace Pipeline.Stages.Messaging;

public enum TransportKind
{
    /// <summary>MassTransit's in-process transport: the all-in-one mode.</summary>
    InMemory,

    /// <summary>RabbitMQ at <c>ConnectionStrings:RabbitMq</c>.</summary>
    RabbitMq,
}
