using System.Collections.Concurrent;
using Ingest.Data.Outbox;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Outbox;

/// <summary>
/// Wakes the dispatcher right after a commit, so a message does not wait for the next poll. A row this process wrote
/// can also be handed over: it was committed already leased to this process, so the dispatcher publishes it from
/// memory instead of finding and claiming it with three statements. If the process dies first, the lease runs out and
/// any instance's poll picks the row up.
/// </summary>
public sealed class OutboxSignal(IOptions<OutboxOptions> options)
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly ConcurrentQueue<OutboxMessage> _handedOver = new();

    /// <summary>This process's lease owner for the rows it writes and hands over.</summary>
    public Guid Owner { get; } = Guid.NewGuid();

    /// <summary>Leases a row to this process before it is committed, so no other instance takes it meanwhile.</summary>
    public OutboxMessage Lease(OutboxMessage row)
    {
        row.LeaseOwner = Owner;
        row.LeaseUntil = row.CreatedAt + options.Value.Lease;
        return row;
    }

    /// <summary>Hands a committed row leased with <see cref="Lease"/> to the dispatcher.</summary>
    public void Committed(OutboxMessage row)
    {
        _handedOver.Enqueue(row);
        Notify();
    }

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers every row committed before it is taken.
        }
    }

    /// <summary>Up to <paramref name="max"/> handed-over rows, oldest first.</summary>
    public List<OutboxMessage> TakeHandedOver(int max)
    {
        var rows = new List<OutboxMessage>();
        while (rows.Count < max && _handedOver.TryDequeue(out var row))
        {
            rows.Add(row);
        }
        return rows;
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
