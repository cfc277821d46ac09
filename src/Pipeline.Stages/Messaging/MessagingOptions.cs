using System.ComponentModel.DataAnnotations;

namespace Pipeline.Stages.Messaging;

/// <summary>The <c>Pipeline</c> settings that choose the message transport.</summary>
public sealed class MessagingOptions : IValidatableObject
{
    public const string Section = "Pipeline";

    /// <summary>The connection string (<c>ConnectionStrings:RabbitMq</c>) that locates the broker.</summary>
    public const string ConnectionStringName = "RabbitMq";

    public TransportKind Transport { get; set; } = TransportKind.InMemory;

    /// <summary>From <c>ConnectionStrings:RabbitMq</c>, e.g. <c>amqp://guest:guest@127.0.0.1:5672/</c>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>Messages one stage consumer works on at once; stages are CPU-bound, so one per core.</summary>
    [Range(1, 256)]
    public int StageConcurrency { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Messages one stage consumer of the batch lane works on at once. One: a batch runs beside interactive scans on the
    /// same cores, and its queues are kept short by the API's release window, so one at a time per stage keeps every
    /// worker busy without making a single scan wait for a core.
    /// </summary>
    [Range(1, 256)]
    public int BatchStageConcurrency { get; set; } = 1;

    /// <summary>
    /// Deliveries of one stage message that may end without an answer (its worker died or hung) before its scan fails
    /// instead of being tried again (RabbitMQ's <c>x-delivery-limit</c>). The same in every service: the queues are
    /// declared with it.
    /// </summary>
    [Range(1, 100)]
    public int DeliveryLimit { get; set; } = 3;

    /// <summary>The RabbitMQ stage queues' type: quorum (counted deliveries) unless measuring against classic ones.</summary>
    public StageQueueType QueueType { get; set; } = StageQueueType.Quorum;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Transport != TransportKind.RabbitMq)
        {
            yield break;
        }
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return new ValidationResult(
                "Pipeline:Transport is RabbitMq but ConnectionStrings:RabbitMq is not set (e.g. amqp://guest:guest@127.0.0.1:5672/).");
        }
        else if (!RabbitMqAddress.TryParse(ConnectionString, out _))
        {
            yield return new ValidationResult("ConnectionStrings:RabbitMq is not an amqp:// address (e.g. amqp://guest:guest@127.0.0.1:5672/).");
        }
    }
}
