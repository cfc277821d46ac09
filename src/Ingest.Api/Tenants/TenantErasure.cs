using Hangfire;
using Ingest.Api.Batches.Erase;
using Ingest.Api.Scans.Erase;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>
/// Erases a deleted tenant, as a Hangfire job: its scans (files and personal data, through <see cref="ScanErasure"/>,
/// the code <c>DELETE /api/v1/scans/{id}</c> runs), its batches, its callback deliveries and attempts, and last the
/// tenant row. It works in batches, so a tenant with many scans needs bounded memory, and may stop anywhere: the next
/// run (the job's retry, or <see cref="RunPendingAsync"/> on the sweep schedule) carries on where it stopped.
/// </summary>
public sealed partial class TenantErasure(IngestDbContext db, ScanErasure scans, BatchErasure batches, ILogger<TenantErasure> logger)
{
    private const int BatchSize = 100;

    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == tenantId && t.DeletedAt != null, cancellationToken))
        {
            return;
        }
        var erased = await EraseScansAsync(tenantId, cancellationToken);
        await EraseBatchesAsync(tenantId, cancellationToken);

        // Callbacks (the scans' and the batches') go before the tenant row, which they refer to.
        var deliveries = db.CallbackDeliveries.Where(d => d.TenantId == tenantId);
        await db.CallbackAttempts.Where(a => deliveries.Any(d => d.Id == a.DeliveryId)).ExecuteDeleteAsync(cancellationToken);
        await deliveries.ExecuteDeleteAsync(cancellationToken);
        await db.TenantApiKeys.Where(k => k.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
        await db.Tenants.Where(t => t.Id == tenantId && t.DeletedAt != null).ExecuteDeleteAsync(cancellationToken);
        LogErased(logger, tenantId, erased);
    }

    /// <summary>The sweep's part: finishes the erasure of tenants whose job was lost (in-memory job storage and a restart).</summary>
    public async Task<int> RunPendingAsync(CancellationToken cancellationToken)
    {
        var pending = await db.Tenants.AsNoTracking().Where(t => t.DeletedAt != null).OrderBy(t => t.DeletedAt).Select(t => t.Id).Take(BatchSize).ToListAsync(cancellationToken);
        foreach (var id in pending)
        {
            await RunAsync(id, cancellationToken);
        }
        return pending.Count;
    }

    /// <summary>Every scan of the tenant not erased yet, a batch at a time; the rows stay (id, status, dates) as after DELETE.</summary>
    private async Task<int> EraseScansAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var erased = 0;
        while (true)
        {
            var due = await db.Scans.Where(s => s.TenantId == tenantId && s.DeletedAt == null).OrderBy(s => s.Id).Take(BatchSize).ToListAsync(cancellationToken);
            foreach (var scan in due)
            {
                await scans.EraseAsync(scan, cancellationToken);
                erased++;
            }
            db.ChangeTracker.Clear();
            if (due.Count < BatchSize)
            {
                return erased;
            }
        }
    }

    /// <summary>
    /// The tenant's batches: each erased as its <c>DELETE</c> erases it (the scans in them were erased above), then their
    /// rows, which refer to the tenant row (their refused entries go with them).
    /// </summary>
    private async Task EraseBatchesAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var ids = await db.Batches.AsNoTracking().Where(b => b.TenantId == tenantId).Select(b => b.Id).ToListAsync(cancellationToken);
        foreach (var id in ids)
        {
            await batches.EraseAsync(id, cancellationToken);
        }
        await db.BatchEntries.Where(e => db.Batches.Any(b => b.Id == e.BatchId && b.TenantId == tenantId)).ExecuteDeleteAsync(cancellationToken);
        await db.Batches.Where(b => b.TenantId == tenantId).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "Erased deleted tenant {TenantId} with {Scans} scans")]
    private static partial void LogErased(ILogger logger, Guid tenantId, int scans);
}
