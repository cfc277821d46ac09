using MassTransit;
using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;

namespace Pipeline.Stages.Running;

/// <summary>
/// A stage's queue: as many messages at once as the stage may use cores, a prefetch just above that so a scaled-out
/// worker does not hoard messages another could take, the short retry, and the in-memory outbox.
/// </summary>
public abstract class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected StageConsumerDefinition(string queue, IOptions<MessagingOptions> options)
    {
        EndpointName = queue;
        ConcurrentMessageLimit = options.Value.StageConcurrency;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = (ConcurrentMessageLimit ?? 1) + 1;
        endpointConfigurator.UseTransientRetryAndOutbox(context);
    }
}
