using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pipeline.Stages.Running;
using Pipeline.Storage;

namespace Ingest.Api.Scans.Erase;

/// <summary>
/// <c>DELETE /api/v1/scans/{id}</c>: erases the files and every personal field; the row keeps its id, status and dates
/// so the API can say the scan was deleted. A stage still running writes nothing that stays: the status consumer erases
/// the files of a deleted scan again when its next event arrives.
/// </summary>
public static partial class EraseScan
{
    public static async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Guid id, IngestDbContext db, IBlobStore blobs, TimeProvider time, ILogger<ScanView> logger, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScanScope(id);
        var scan = await db.Scans.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (scan is null)
        {
            return ApiProblems.ScanNotFound();
        }

        await blobs.DeleteScanAsync(id, cancellationToken);
        if (scan.DeletedAt is null)
        {
            scan.DeletedAt = time.GetUtcNow();
            scan.FileName = null;
            scan.ContentSha256 = null;
            scan.IdempotencyKey = null;
            scan.RequestFingerprint = null;
            scan.Score = null;
            scan.FailureMessage = null;
            scan.HasJobDescription = false;
            // An announcement not yet sent would only make a stage look for files that are gone.
            await db.Outbox.Where(m => m.ScanId == id && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            LogErased(logger);
        }
        return TypedResults.NoContent();
    }

    [LoggerMessage(LogLevel.Information, "Erased the scan's files and personal data on request")]
    private static partial void LogErased(ILogger logger);
}
