using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Callbacks.Deliveries;

/// <summary>
/// The deliveries of one subject (a scan, a batch) for one tenant, with their attempts: what the scan's and the
/// batch's <c>…/deliveries</c> routes both answer, after each checked that the subject is the caller's.
/// </summary>
public static class DeliveryHistory
{
    public static async Task<DeliveryList> OfAsync(IngestDbContext db, Guid tenantId, Guid subjectId, CancellationToken cancellationToken)
    {
        var deliveries = await db.CallbackDeliveries.AsNoTracking()
            .Where(d => d.TenantId == tenantId && d.SubjectId == subjectId)
            .OrderBy(d => d.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = deliveries.Select(d => d.Id).ToList();
        var attempts = (await db.CallbackAttempts.AsNoTracking().Where(a => ids.Contains(a.DeliveryId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.DeliveryId);
        return new DeliveryList(deliveries.Select(d => DeliveryView.Of(d, attempts[d.Id])).ToList());
    }
}
