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

    /// <summary>Some stage is holding work: a good moment for an outage.</summary>
    public Task<bool> AnyBusyAsync() => FaultSuite.Until(async () =>
        (await Stack.Rabbit.QueuesAsync(Stack.VirtualHost)).Any(q => q.Unacknowledged > 0), TimeSpan.FromMinutes(1), pollMs: 50);

    /// <summary>
    /// Catches a service holding messages of <paramref name="queue"/> it has not acknowledged: as soon as the queue shows
    /// messages (or after a few seconds without), the service is frozen (SIGSTOP) and the broker asked whether it holds
    /// some (a frozen consumer still has its prefetched deliveries pushed to it); if not, it is thawed and the watch goes
    /// on. Returns true frozen and holding, or false after <paramref name="timeout"/>. A fast consumer (scoring, the
    /// status updates) is otherwise never seen mid-work by queue figures sampled every half second.
    /// </summary>
    public async Task<bool> CatchHoldingAsync(string service, string queue, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            await FaultSuite.Until(async () => (await Stack.Rabbit.QueuesAsync(Stack.VirtualHost)).Any(q => q.Name == queue && q.Messages > 0),
                TimeSpan.FromSeconds(3), pollMs: 20);
            var process = Stack.Service(service);
            process.Freeze();
            // The broker's figures are half a second old: wait for ones taken after the freeze.
            if (await FaultSuite.Until(() => BusyAsync(queue), TimeSpan.FromSeconds(3), pollMs: 100))
            {
                return true;
            }
            process.Thaw();
            await Task.Delay(500);
        }
        return false;
    }
}
