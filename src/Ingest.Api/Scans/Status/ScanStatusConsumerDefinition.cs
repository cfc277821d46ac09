using MassTransit;
using Pipeline.Stages.Messaging;

namespace Ingest.Api.Scans.Status;

public sealed class ScanStatusConsumerDefinition : ConsumerDefinition<ScanStatusConsumer>
{
    public const string Queue = StageQueues.Status;

    public ScanStatusConsumerDefinition()
    {
        EndpointName = Queue;
        // Short database writes: a few at once keeps up without crowding SQLite's single writer.
        ConcurrentMessageLimit = 8;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ScanStatusConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = 16;
        endpointConfigurator.UseTransientRetryAndOutbox(context);
    }
}
