using Resume.Model;

namespace Ingest.Api.Problems;

/// <summary>
/// Every problem <c>code</c> the API answers with, the one list: <see cref="ApiProblems.Of"/> refuses a code that is
/// not here, and the OpenAPI document lists them all, so a partner can handle each.
/// </summary>
public static class ProblemTypes
{
    public const string ScanNotFound = "scan-not-found";
    public const string ScanDeleted = "scan-deleted";
    public const string ResultNotReady = "result-not-ready";
    public const string NoRewrite = "no-rewrite";
    public const string RateLimited = "rate-limited";
    public const string IdempotencyKeyReused = "idempotency-key-reused";
    public const string CallbackNeedsTenant = "callback-needs-tenant";
    public const string CallbackUrlRefused = "callback-url-refused";
    public const string AdminKeyRequired = "admin-key-required";
    public const string ApiKeyRequired = "api-key-required";
    public const string InvalidApiKey = "invalid-api-key";
    public const string TenantNotFound = "tenant-not-found";
    public const string DeliveryNotFound = "delivery-not-found";
    public const string DeliveryBusy = "delivery-busy";
    public const string InvalidToken = "invalid-token";
    public const string ExpiredToken = "expired-token";
    public const string UnsupportedMediaType = "unsupported-media-type";
    public const string TemporarilyUnavailable = "temporarily-unavailable";
    public const string BatchNotFound = "batch-not-found";
    public const string BatchDeleted = "batch-deleted";
    public const string CorruptArchive = "corrupt-archive";
    public const string TooManyEntries = "too-many-entries";
    public const string NoResumes = "no-resumes";

    public static readonly IReadOnlyList<ProblemType> All =
    [
        new(ErrorCodes.Empty, StatusCodes.Status422UnprocessableEntity, "Empty file", "The uploaded file has no content."),
        new(ErrorCodes.TooLarge, StatusCodes.Status413PayloadTooLarge, "File too large", "The upload is larger than Ingest:MaxUploadBytes (10 MiB by default)."),
        new(ErrorCodes.UnsupportedType, StatusCodes.Status415UnsupportedMediaType, "Unsupported file type",
            "The file is not a PDF, DOCX, TXT or Markdown document, nor a JPEG or PNG photo of one, judged by its content."),
        new(UnsupportedMediaType, StatusCodes.Status415UnsupportedMediaType, "Send a multipart form",
            "The request is not multipart/form-data with a boundary; the problem's detail names the fields to send."),
        new(ScanNotFound, StatusCodes.Status404NotFound, "Scan not found",
            "No scan has this id, or it is another tenant's (tenants' scans are visible only with their own key)."),
        new(ScanDeleted, StatusCodes.Status410Gone, "Scan deleted", "The scan was erased on request or after the retention period."),
        new(ResultNotReady, StatusCodes.Status404NotFound, "Not ready", "The scan has not reached the stage that writes this file (or failed before it)."),
        new(NoRewrite, StatusCodes.Status404NotFound, "No rewrite",
            "The uploaded file has no text an applicant tracking system can read (scanned or saved as a picture), so no rewrite was made."),
        new(RateLimited, StatusCodes.Status429TooManyRequests, "Too many requests", "A rate limit ran out; wait the seconds Retry-After gives."),
        new(IdempotencyKeyReused, StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
            "The Idempotency-Key was used before for a different request; use a new key for a new upload."),
        new(CallbackNeedsTenant, StatusCodes.Status403Forbidden, "Callbacks need an API key", "callbackUrl was sent without a tenant's API key."),
        new(CallbackUrlRefused, StatusCodes.Status400BadRequest, "Callback URL refused",
            "callbackUrl is not an http(s) URL, carries a password, or reaches only loopback, private, link-local or reserved addresses."),
        new(AdminKeyRequired, StatusCodes.Status401Unauthorized, "Admin key required", "An admin route was called without 'Authorization: Bearer <Admin:ApiKey>'."),
        new(ApiKeyRequired, StatusCodes.Status401Unauthorized, "API key required", "A tenant-only route was called without 'Authorization: Bearer <API key>'."),
        new(InvalidApiKey, StatusCodes.Status401Unauthorized, "Invalid API key",
            "The API key is unknown, mistyped, revoked or past its grace period after a rotation. Without any Authorization header a caller is anonymous."),
        new(TenantNotFound, StatusCodes.Status404NotFound, "Tenant not found", "No tenant has this id (or it is being deleted)."),
        new(DeliveryNotFound, StatusCodes.Status404NotFound, "Delivery not found", "The scan has no callback delivery with this id for the calling tenant."),
        new(DeliveryBusy, StatusCodes.Status409Conflict, "Delivery attempt in progress", "An attempt at this delivery is running now; ask again when it has ended."),
        new(InvalidToken, StatusCodes.Status400BadRequest, "This link is not valid", "A confirmation or unsubscribe link is incomplete or was changed."),
        new(ExpiredToken, StatusCodes.Status410Gone, "This link has expired", "A confirmation link is past its lifetime (48 hours) or from before the address unsubscribed."),
        new(TemporarilyUnavailable, StatusCodes.Status503ServiceUnavailable, "Temporarily unavailable",
            "The database or the blob store was out of reach (or full) and nothing was kept; try again after Retry-After seconds, with the same Idempotency-Key."),
        new(BatchNotFound, StatusCodes.Status404NotFound, "Batch not found", "No batch has this id, or it is another tenant's."),
        new(BatchDeleted, StatusCodes.Status410Gone, "Batch deleted", "The batch and every scan in it were erased on request or after the retention period."),
        new(CorruptArchive, StatusCodes.Status422UnprocessableEntity, "Damaged archive",
            "The batch's ZIP cannot be read as a whole (no end record, a damaged directory, cut short); nothing of it was kept."),
        new(TooManyEntries, StatusCodes.Status422UnprocessableEntity, "Too many entries",
            "The batch's ZIP lists, or its repeated 'files' fields hold, more entries than Batches:MaxEntries (10,000 by default, an archive's folders and system files included)."),
        new(NoResumes, StatusCodes.Status422UnprocessableEntity, "No resumes in the batch",
            "Every file of the batch was refused; the answer's 'entries' says why for each."),
    ];

    private static readonly HashSet<string> Codes = All.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);

    public static bool IsKnown(string code) => Codes.Contains(code);
}
