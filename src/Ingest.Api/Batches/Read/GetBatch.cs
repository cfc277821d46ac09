using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Batches.Read;

/// <summary><c>GET /api/v1/batches/{id}</c>: progress, pace, and every entry that is not a scan of its own.</summary>
public static class GetBatch
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext context, IngestDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        var entries = await db.BatchEntries.AsNoTracking().Where(e => e.BatchId == id).ToListAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(BatchView.Of(batch, time.GetUtcNow(), entries));
    }
}
