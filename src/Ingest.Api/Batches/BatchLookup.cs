using Ingest.Api.Problems;
using Ingest.Api.Tenants;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Batches;

/// <summary>The batch a route is about, as its caller may see it.</summary>
public static class BatchLookup
{
    /// <summary>
    /// The caller's batch, or the problem to answer instead: 404 for a batch that is not there or is another tenant's,
    /// 410 for an erased one (unless <paramref name="includeErased"/>). The routes are tenant-only: a call without a key
    /// never gets here.
    /// </summary>
    public static async Task<(Batch? Batch, IResult? Problem)> FindAsync(
        IngestDbContext db, HttpContext context, Guid id, CancellationToken cancellationToken, bool tracked = false, bool includeErased = false)
    {
        var tenant = TenantCaller.Of(context)!;
        var batches = tracked ? db.Batches : db.Batches.AsNoTracking();
        var batch = await batches.OwnedBy(tenant).FirstOrDefaultAsync(b => b.Id == id, cancellationToken);
        if (batch is null)
        {
            return (null, ApiProblems.BatchNotFound());
        }
        if (batch.DeletedAt is not null && !includeErased)
        {
            return (null, ApiProblems.BatchDeleted());
        }
        return (batch, null);
    }
}
