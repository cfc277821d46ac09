using Hangfire;
using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Callbacks.Deliveries;

/// <summary>
/// Sends a delivery again now, on the tenant's request: whatever its state (delivered, given up, waiting for its next
/// attempt), it starts a fresh round, with the same body and <c>webhook-id</c> and the whole retry schedule ahead. Refused
/// while an attempt is in flight. Shared by the scan's and the batch's <c>…/deliveries/{id}/retry</c> routes.
/// </summary>
public static partial class DeliveryRetry
{
    public static async Task<IResult> RunAsync(
        IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time, ILogger logger, Guid tenantId, Guid subjectId, Guid deliveryId,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var mine = db.CallbackDeliveries.Where(d => d.Id == deliveryId && d.TenantId == tenantId && d.SubjectId == subjectId);
        var reopened = await mine.Where(d => d.LeaseUntil == null || d.LeaseUntil < now)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, 0)
                .SetProperty(d => d.NextAttemptAt, now)
                .SetProperty(d => d.DeliveredAt, (DateTimeOffset?)null)
                .SetProperty(d => d.GaveUpAt, (DateTimeOffset?)null)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        if (reopened == 0)
        {
            return await mine.AnyAsync(cancellationToken)
                ? ApiProblems.Of(StatusCodes.Status409Conflict, "Delivery attempt in progress",
                    "An attempt at this delivery is running now; ask again in a few seconds.", ProblemTypes.DeliveryBusy)
                : ApiProblems.Of(StatusCodes.Status404NotFound, "Delivery not found",
                    "There is no callback delivery with this id for this scan.", ProblemTypes.DeliveryNotFound);
        }
        jobs.Enqueue<CallbackDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None));
        LogRetried(logger, WebhookSignature.IdOf(deliveryId), subjectId);
        var view = (await DeliveryHistory.OfAsync(db, tenantId, subjectId, cancellationToken)).Deliveries.Single(d => d.Id == deliveryId);
        return TypedResults.Accepted((string?)null, view);
    }

    [LoggerMessage(LogLevel.Information, "Delivery {WebhookId} of {SubjectId} sent again on the tenant's request")]
    private static partial void LogRetried(ILogger logger, string webhookId, Guid subjectId);
}
