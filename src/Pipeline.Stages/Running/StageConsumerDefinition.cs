using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Stages.Messaging;

namespace Pipeline.Stages.Running;

/// <summary>
/// A stage's queue on one lane: as many messages at once as the lane may use cores and no more held (a message waiting
/// in a worker that dies is returned and counted like the one that killed it), declared as
/// <see cref="StageQueueTopology"/> says, the short retry, and the in-memory outbox. A batch lane queue is bound to no
/// message exchange: its messages come by name (<see cref="LaneRouting"/>).
/// </summary>
public abstract class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly MessagingOptions _options;
    private readonly Lane _lane;
    private readonly string _queue;

    protected StageConsumerDefinition(string queue, IOptions<MessagingOptions> options, Lane lane = Lane.Interactive)
    {
        _options = options.Value;
        _lane = lane;
        _queue = StageQueues.On(queue, lane);
        EndpointName = _queue;
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
        endpointConfigurator.PrefetchCount = ConcurrentMessageLimit ?? 1;
        StageQueueTopology.Apply(endpointConfigurator, _queue, _options);
        endpointConfigurator.UseFilter(new LastDeliveryFilter(_options.DeliveryLimit,
            context.GetRequiredService<ILoggerFactory>().CreateLogger<LastDeliveryFilter>()));
        endpointConfigurator.UseTransientRetryAndOutbox(context);
    }
}
