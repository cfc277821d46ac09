using MassTransit;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;

namespace Pipeline.Stages.Running;

/// <summary>
/// A stage's queue on one lane: as many messages at once as the lane may use cores, a prefetch just above that so a
/// scaled-out worker does not hoard messages another could take, the short retry, and the in-memory outbox. A batch
/// lane queue is bound to no message exchange: its messages come by name (<see cref="LaneRouting"/>).
/// </summary>
public abstract class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly Lane _lane;

    protected StageConsumerDefinition(string queue, IOptions<MessagingOptions> options, Lane lane = Lane.Interactive)
    {
        _lane = lane;
        EndpointName = StageQueues.On(queue, lane);
        ConcurrentMessageLimit = lane == Lane.Batch ? options.Value.BatchStageConcurrency : options.Value.StageConcurrency;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        if (_lane == Lane.Batch)
        {
            endpointConfigurator.ConfigureConsumeTopology = false;
        }
        endpointConfigurator.PrefetchCount = (ConcurrentMessageLimit ?? 1) + 1;
        endpointConfigurator.UseTransientRetryAndOutbox(context);
    }
}
