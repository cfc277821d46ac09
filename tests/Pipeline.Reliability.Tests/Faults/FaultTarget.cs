using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>The stack a fault is played on, the tenant whose uploads call back, and how its blob writes are counted.</summary>
public sealed record FaultTarget(FaultSuite Suite, DistributedStack Stack, CreatedTenant Tenant, IBlobWrites Writes)
{
    public FaultProfile Profile => Suite.Profile;

    /// <summary>Whether a queue has messages delivered and not yet acknowledged: its consumer is mid-work.</summary>
    public async Task<bool> BusyAsync(string queue) =>
        (await Stack.Rabbit.QueuesAsync(Stack.VirtualHost)).Any(q => q.Name == queue && q.Unacknowledged > 0);

    /// <summary>
    /// Some stage has work queued or in hand: a good moment for an outage. Counted on the stage queues (not the error
    /// queues), ready or unacknowledged, because a fast stage holds a message for milliseconds and the broker's figures
    /// are sampled: on a loaded machine unacknowledged alone was never seen for a minute while scans flowed.
    /// </summary>
    public Task<bool> AnyBusyAsync() => FaultSuite.Until(async () =>
        (await Stack.Rabbit.QueuesAsync(Stack.VirtualHost)).Any(q => q.Messages > 0 && !IsParking(q.Name)), TimeSpan.FromMinutes(2), pollMs: 50);

    private static bool IsParking(string queue) =>
        queue.EndsWith("_error", StringComparison.Ordinal) || queue.EndsWith("_skipped", StringComparison.Ordinal);

    /// <summary>
    /// Catches a service holding messages of <paramref name="queue"/> it has not acknowledged. The service is frozen
    /// (SIGSTOP) first: scans already in the workers go on and their messages are pushed to the frozen consumer (up to
    /// its prefetch), where they stay unacknowledged however late the broker's sampled figures show it. If none came
    /// (nothing was in flight), it is thawed and the watch goes on. Returns true frozen and holding, or false after
    /// <paramref name="timeout"/>. Waiting to see the queue non-empty before freezing missed a fast consumer (the
    /// status updates) for a whole minute on a loaded machine.
    /// </summary>
    public async Task<bool> CatchHoldingAsync(string service, string queue, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var process = Stack.Service(service);
            process.Freeze();
            if (await FaultSuite.Until(() => BusyAsync(queue), TimeSpan.FromSeconds(6), pollMs: 100))
            {
                return true;
            }
            process.Thaw();
            // Let uploads and stages run a while, so something is in flight at the next freeze.
            await Task.Delay(1500);
        }
        return false;
    }
}
