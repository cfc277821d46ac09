using MassTransit;

namespace Pipeline.Stages.Messaging;

/// <summary>
/// Transient failures (blob store, broker) are retried in memory for a few seconds; a message that still fails goes to
/// its <c>_error</c> queue and its <c>Fault</c> ends the scan. Longer waits are the stuck-scan sweep's job: there is no
/// delayed redelivery (the broker here has no delayed-exchange plugin).
/// </summary>
public static class RetryPolicy
{
    public static readonly TimeSpan[] Intervals = [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3)];

    /// <summary>Retry, then an in-memory outbox inside it: a message is published only by the attempt that succeeds.</summary>
    public static void UseTransientRetryAndOutbox(this IReceiveEndpointConfigurator endpoint, IRegistrationContext context)
    {
        endpoint.UseMessageRetry(retry => retry.Intervals(Intervals));
        endpoint.UseInMemoryOutbox(context);
    }
}
