using Hangfire;
using Ingest.Api.Problems;
using Ingest.Api.Tenants;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Callbacks.Deliveries;

/// <summary>
/// <c>GET /api/v1/scans/{id}/deliveries</c> and <c>POST /api/v1/scans/{id}/deliveries/{deliveryId}/retry</c>: the
/// tenant's callbacks for one of its scans. Another tenant's scan is not found, as on every scan route.
/// </summary>
public static class ScanDeliveries
{
    public static async Task<IResult> ListAsync(Guid id, HttpContext context, IngestDbContext db, CancellationToken cancellationToken)
    {
        var tenant = TenantCaller.Of(context)!;
        return await IsTenantsScanAsync(db, tenant, id, cancellationToken)
            ? TypedResults.Ok(await DeliveryHistory.OfAsync(db, tenant.TenantId, id, cancellationToken))
            : ApiProblems.ScanNotFound();
    }

    public static async Task<IResult> RetryAsync(
        Guid id, Guid deliveryId, HttpContext context, IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<DeliveryView> logger,
        CancellationToken cancellationToken)
    {
        var tenant = TenantCaller.Of(context)!;
        return await IsTenantsScanAsync(db, tenant, id, cancellationToken)
            ? await DeliveryRetry.RunAsync(db, jobs, time, logger, tenant.TenantId, id, deliveryId, cancellationToken)
            : ApiProblems.ScanNotFound();
    }

    private static Task<bool> IsTenantsScanAsync(IngestDbContext db, TenantCaller tenant, Guid id, CancellationToken cancellationToken) =>
        db.Scans.AnyAsync(s => s.Id == id && s.TenantId == tenant.TenantId, cancellationToken);
}
