using Microsoft.AspNetCore.Http.HttpResults;

namespace Ingest.Api.Problems;

/// <summary>RFC 9457 problems with our stable <c>code</c> (and <c>stage</c> where one applies) as extensions.</summary>
public static class ApiProblems
{
    public static ProblemHttpResult Of(int status, string title, string detail, string code, string? stage = null)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (stage is not null)
        {
            extensions["stage"] = stage;
        }
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult ScanNotFound() =>
        Of(StatusCodes.Status404NotFound, "Scan not found", "There is no scan with this id.", "scan-not-found");

    public static ProblemHttpResult ScanDeleted() =>
        Of(StatusCodes.Status410Gone, "Scan deleted", "This scan and its files were deleted on request.", "scan-deleted");

    public static ProblemHttpResult BatchNotFound() =>
        Of(StatusCodes.Status404NotFound, "Batch not found", "There is no batch with this id.", "batch-not-found");

    public static ProblemHttpResult BatchDeleted() =>
        Of(StatusCodes.Status410Gone, "Batch deleted", "This batch, its scans and their files were deleted.", "batch-deleted");
}
