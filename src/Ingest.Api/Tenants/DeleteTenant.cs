using Hangfire;
using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>DELETE /api/v1/admin/tenants/{id}</c>: the tenant's keys stop working at once, and a job erases its scans (as
/// <c>DELETE /api/v1/scans/{id}</c> does), its batches and its callbacks, then the tenant itself. Answers 202 with the
/// tenant as <c>deleting</c>; once the erasure is done the tenant is gone (404).
/// </summary>
public static partial class DeleteTenant
{
    public static async Task<IResult> HandleAsync(
        Guid id, IngestDbContext db, IBackgroundJobClient jobs, IOptions<TenantOptions> options, TimeProvider time, ILogger<TenantErasure> logger,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            var marked = await db.Tenants.Where(t => t.Id == id && t.DeletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.DeletedAt, now), cancellationToken);
            if (marked == 0 && !await db.Tenants.AnyAsync(t => t.Id == id, cancellationToken))
            {
                return ApiProblems.TenantNotFound();
            }
            await db.TenantApiKeys.Where(k => k.TenantId == id).ExecuteDeleteAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        jobs.Enqueue<TenantErasure>(erasure => erasure.RunAsync(id, CancellationToken.None));
        LogDeleting(logger, id);
        var view = (await TenantView.LoadAsync(db, options.Value.UploadsPerWindow, now, id, cancellationToken)).SingleOrDefault();
        return view is null ? TypedResults.NoContent() : TypedResults.Accepted(TenantView.PathOf(id), view);
    }

    [LoggerMessage(LogLevel.Warning, "Tenant {TenantId} deleted by an administrator: its keys are revoked and its scans are being erased")]
    private static partial void LogDeleting(ILogger logger, Guid tenantId);
}
