using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;

namespace Ingest.Api.Scans.Read;

/// <summary><c>GET /api/v1/scans/{id}/resume.json</c> and the other result files, streamed from the blob store.</summary>
public static class DownloadResult
{
    /// <summary>The report is HTML made from the uploaded document: it may show, but not run anything or load from elsewhere.</summary>
    private const string ReportPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; sandbox";

    public static async Task<IResult> HandleAsync(
        Guid id, ScanResultFile file, IngestDbContext db, IBlobStore blobs, HttpResponse response, CancellationToken cancellationToken)
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
        if (file.IsWithheldFrom(scan))
        {
            return ApiProblems.Of(StatusCodes.Status404NotFound, "No rewrite",
                $"{file.Route} was not made: the uploaded file has no text an applicant tracking system can read (it looks scanned or saved as a picture), so there is nothing to rewrite. Save the résumé with real text and scan it again.",
                ProblemTypes.NoRewrite);
        }
        var content = file.IsReadyFor(scan) ? await blobs.OpenReadAsync(file.Blob(id), cancellationToken) : null;
        if (content is null)
        {
            return ApiProblems.Of(StatusCodes.Status404NotFound, "Not ready",
                $"{file.Route} is not available: the scan is {ScanProgress.Name(scan.Status)}.", ProblemTypes.ResultNotReady);
        }
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (file.Route.EndsWith(".html", StringComparison.Ordinal))
        {
            response.Headers.ContentSecurityPolicy = ReportPolicy;
        }
        var downloadName = file.DownloadName is null ? null : await DownloadName.ForAsync(id, file.DownloadName, blobs, cancellationToken);
        return TypedResults.Stream(content, file.ContentType, downloadName);
    }
}
