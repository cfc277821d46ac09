using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Scans.Read;

public static class GetScan
{
    public static async Task<Results<Ok<ScanView>, ProblemHttpResult>> HandleAsync(Guid id, IngestDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking().VisibleTo(response.HttpContext).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scan is null)
        {
            return ApiProblems.ScanNotFound();
        }
        if (scan.DeletedAt is not null)
        {
            return ApiProblems.ScanDeleted();
        }
        response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(ScanView.Of(scan));
    }
}
