using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pipeline.Stages.Running;

namespace Ingest.Api.Scans.Erase;

/// <summary>
/// <c>DELETE /api/v1/scans/{id}</c>: erases the files and every personal field. A stage still running writes nothing
/// that stays: the status consumer erases the files of a deleted scan again when its next event arrives.
/// </summary>
public static partial class EraseScan
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, ScanErasure erasure, ILogger<ScanView> logger, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScanScope(id);
        var scan = await db.Scans.VisibleTo(context).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scan is null)
        {
            return ApiProblems.ScanNotFound();
        }
        if (await erasure.EraseAsync(scan, cancellationToken))
        {
            LogErased(logger);
        }
        return TypedResults.NoContent();
    }

    [LoggerMessage(LogLevel.Information, "Erased the scan's files and personal data on request")]
    private static partial void LogErased(ILogger logger);
}
