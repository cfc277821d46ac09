using Hangfire;
using Ingest.Api.Batches;
using Ingest.Data;

namespace Ingest.Api.Callbacks.Deliveries;

/// <summary>
/// <c>GET /api/v1/batches/{id}/deliveries</c> and <c>POST /api/v1/batches/{id}/deliveries/{deliveryId}/retry</c>: the
/// tenant's <c>batch.completed</c> callback for one of its batches. Another tenant's batch is not found, as on every
/// batch route.
/// </summary>
public static class BatchDeliveries
{
    public static async Task<IResult> ListAsync(Guid id, HttpContext context, IngestDbContext db, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken, includeErased: true);
        return batch is null ? problem! : TypedResults.Ok(await DeliveryHistory.OfAsync(db, batch.TenantId, id, cancellationToken));
    }

    public static async Task<IResult> RetryAsync(
        Guid id, Guid deliveryId, HttpContext context, IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger<DeliveryView> logger,
        CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        return batch is null ? problem! : await DeliveryRetry.RunAsync(db, jobs, time, logger, batch.TenantId, id, deliveryId, cancellationToken);
    }
}
