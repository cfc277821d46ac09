using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;

namespace Pipeline.Stages.Running;

/// <summary>
/// A stage's queue: as many messages at once as the stage may use cores and no more held (a message waiting in a
/// worker that dies is returned and counted like the one that killed it), declared as <see cref="StageQueueTopology"/>
/// says, the short retry, and the in-memory outbox. Any stage queue (a stage's lanes included) gets all of it from here.
/// </summary>
public abstract class StageConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    private readonly MessagingOptions _options;
    private readonly string _queue;

    protected StageConsumerDefinition(string queue, IOptions<MessagingOptions> options)
    {
        _options = options.Value;
        _queue = queue;
        EndpointName = queue;
        ConcurrentMessageLimit = options.Value.StageConcurrency;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = ConcurrentMessageLimit ?? 1;
        StageQueueTopology.Apply(endpointConfigurator, _queue, _options);
        endpointConfigurator.UseFilter(new LastDeliveryFilter(_options.DeliveryLimit,
            context.GetRequiredService<ILoggerFactory>().CreateLogger<LastDeliveryFilter>()));
        endpointConfigurator.UseTransientRetryAndOutbox(context);
    }
}
