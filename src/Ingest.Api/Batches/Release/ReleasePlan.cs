namespace Ingest.Api.Batches.Release;

/// <summary>An unfinished batch as the release loop sees it.</summary>
/// <param name="Ended">Its scans completed or failed.</param>
public sealed record OpenBatch(Guid Id, Guid TenantId, DateTimeOffset CreatedAt, int Total, int Released, int Ended)
{
    public int InFlight => Math.Max(0, Released - Ended);
    public int Waiting => Math.Max(0, Total - Released);
}

/// <summary>
/// Decides how many scans of which batch go into the pipeline now. Each tenant has a window of scans in flight, all
/// tenants together a larger one; the free places are dealt one at a time to the tenants in turn, each taking from its
/// oldest batch first. A tenant's 3,000-resume batch thus takes at most its own window, and a second tenant's batch
/// gets places from the next round on, instead of after the whole of the first.
/// </summary>
public static class ReleasePlan
{
    /// <param name="turn">Rotates which tenant is dealt first, so an odd place left over is not always the same tenant's.</param>
    public static IReadOnlyDictionary<Guid, int> Allocate(IReadOnlyList<OpenBatch> batches, int perTenant, int overall, int turn)
    {
        var room = overall - batches.Sum(b => b.InFlight);
        var tenants = batches
            .GroupBy(b => b.TenantId)
            .OrderBy(g => g.Key)
            .Select(g => new TenantQueue(perTenant - g.Sum(b => b.InFlight), new Queue<(Guid Id, int Waiting)>(
                g.Where(b => b.Waiting > 0).OrderBy(b => b.CreatedAt).ThenBy(b => b.Id).Select(b => (b.Id, b.Waiting)))))
            .ToList();
        var plan = new Dictionary<Guid, int>();
        if (tenants.Count == 0)
        {
            return plan;
        }
        var first = (int)((uint)turn % (uint)tenants.Count);
        var dealt = true;
        while (room > 0 && dealt)
        {
            dealt = false;
            for (var i = 0; i < tenants.Count && room > 0; i++)
            {
                var tenant = tenants[(first + i) % tenants.Count];
                if (tenant.Room <= 0 || !tenant.Batches.TryPeek(out var next))
                {
                    continue;
                }
                plan[next.Id] = plan.GetValueOrDefault(next.Id) + 1;
                tenant.Room--;
                room--;
                dealt = true;
                if (plan[next.Id] >= next.Waiting)
                {
                    tenant.Batches.Dequeue();
                }
            }
        }
        return plan;
    }

    private sealed class TenantQueue(int room, Queue<(Guid Id, int Waiting)> batches)
    {
        public int Room { get; set; } = room;
        public Queue<(Guid Id, int Waiting)> Batches { get; } = batches;
    }
}
