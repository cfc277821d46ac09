using MassTransit;
using Pipeline.Stages.Messaging;

namespace Ingest.Api.Scans.Status;

public sealed class ScanStatusConsumerDefinition : ConsumerDefinition<ScanStatusConsumer>
{
    public const string Queue = StageQueues.Status;

    /// <summary>
    /// About a minute of tries. This consumer's one dependency is the database: an event it cannot record yet waits out
    /// a database restart here, instead of going to the error queue after the stages' few seconds, where only the
    /// stuck-scan sweep would find its scan again, minutes later (the fault suite lost two scans that way to an 8-second
    /// PostgreSQL restart).
    /// </summary>
    public static readonly TimeSpan[] RetryIntervals =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5),
         TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

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
        endpointConfigurator.UseMessageRetry(retry => retry.Intervals(RetryIntervals));
        endpointConfigurator.UseInMemoryOutbox(context);
    }
}
