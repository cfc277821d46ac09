using Microsoft.AspNetCore.Http.HttpResults;

namespace Ingest.Api.Problems;

/// <summary>RFC 9457 problems with our stable <c>code</c> (and <c>stage</c> where one applies) as extensions.</summary>
public static class ApiProblems
{
    /// <param name="code">One of <see cref="ProblemTypes.All"/>: a code missing there is a mistake in this service, refused at once.</param>
    public static ProblemHttpResult Of(int status, string title, string detail, string code, string? stage = null)
    {
        if (!ProblemTypes.IsKnown(code))
        {
            throw new ArgumentException($"Problem code '{code}' is not in ProblemTypes.All; add it there so the OpenAPI document lists it.", nameof(code));
        }
        var extensions = new Dictionary<string, object?> { ["code"] = code };
        if (stage is not null)
        {
            extensions["stage"] = stage;
        }
        return TypedResults.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);
    }

    public static ProblemHttpResult ScanNotFound() =>
        Of(StatusCodes.Status404NotFound, "Scan not found", "There is no scan with this id.", ProblemTypes.ScanNotFound);

    public static ProblemHttpResult ScanDeleted() =>
        Of(StatusCodes.Status410Gone, "Scan deleted", "This scan and its files were deleted on request.", ProblemTypes.ScanDeleted);

    public static ProblemHttpResult TenantNotFound() =>
        Of(StatusCodes.Status404NotFound, "Tenant not found", "There is no tenant with this id.", ProblemTypes.TenantNotFound);

    public static ProblemHttpResult AdminKeyRequired() =>
        Of(StatusCodes.Status401Unauthorized, "Admin key required",
            "This route is for administrators: send 'Authorization: Bearer <Admin:ApiKey>'.", ProblemTypes.AdminKeyRequired);

    public static ProblemHttpResult BatchNotFound() =>
        Of(StatusCodes.Status404NotFound, "Batch not found", "There is no batch with this id.", ProblemTypes.BatchNotFound);

    public static ProblemHttpResult BatchDeleted() =>
        Of(StatusCodes.Status410Gone, "Batch deleted", "This batch, its scans and their files were deleted.", ProblemTypes.BatchDeleted);
}
