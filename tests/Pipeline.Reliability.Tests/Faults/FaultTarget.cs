using System.Diagnostics;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>The stack a fault is played on, the tenant whose uploads call back, and how its blob writes are counted.</summary>
public sealed record FaultTarget(FaultSuite Suite, DistributedStack Stack, CreatedTenant Tenant, IBlobWrites Writes)
{
    public FaultProfile Profile => Suite.Profile;

    /// <summary>The API's record of scans in its database.</summary>
    public ScanLedger Ledger => new(Stack);

    /// <summary>
    /// Single scans and batch scans are in the pipeline (accepted, or released, and not yet ended, by the API's own
    /// record): a good moment for an outage. The broker's queue figures cannot tell this: they are samples, and a fast
    /// stage holds a message for milliseconds, so a watch on them missed a steady stream for two minutes.
    /// </summary>
    public Task<bool> ScansInFlightAsync() => FaultSuite.Until(async () =>
    {
        try
        {
            return await Ledger.InFlightAsync() is { Singles: > 0, Batch: > 0 };
        }
        catch (Npgsql.NpgsqlException)
        {
            // PostgreSQL is on its way back from an earlier fault; look again.
            return false;
        }
    }, TimeSpan.FromMinutes(2), pollMs: 50);

    /// <summary>
    /// Catches a service holding messages it has not acknowledged in every one of <paramref name="queues"/> (both lanes
    /// of a stage). The service is frozen (SIGSTOP) first: scans already in the pipeline go on and their messages are
    /// pushed to the frozen consumer (up to its prefetch), where they stay unacknowledged however late the broker's
    /// sampled figures show it. If they did not all come (nothing was in flight on a lane), it is thawed and the watch
    /// goes on (as it does until <paramref name="andWhen"/> holds too). Returns true frozen and holding, or false after
    /// <paramref name="timeout"/>. Waiting to see the queue
    /// non-empty before freezing missed a fast consumer (the status updates) for a whole minute on a loaded machine.
    /// </summary>
    public async Task<bool> CatchHoldingAsync(string service, IReadOnlyList<string> queues, TimeSpan timeout, Func<Task<bool>>? andWhen = null)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            var process = Stack.Service(service);
            process.Freeze();
            if (await FaultSuite.Until(async () => (await HoldingAsync()).IsSupersetOf(queues) && (andWhen is null || await andWhen()), TimeSpan.FromSeconds(6), pollMs: 100))
            {
                return true;
            }
            process.Thaw();
            // Let uploads and stages run a while, so something is in flight at the next freeze.
            await Task.Delay(1500);
        }
        return false;
    }

    /// <summary>The queues with messages delivered and not yet acknowledged: their consumers are mid-work.</summary>
    private async Task<HashSet<string>> HoldingAsync() =>
        [.. (await Stack.Rabbit.QueuesAsync(Stack.VirtualHost)).Where(q => q.Unacknowledged > 0).Select(q => q.Name)];
}
