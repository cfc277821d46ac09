using System.Security.Cryptography;
using System.Text;
using Ingest.Api.Callbacks;
using Ingest.Api.Monitoring;
using Ingest.Api.Outbox;
using Ingest.Api.Problems;
using Ingest.Api.Tenants;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Stages.Running;
using Pipeline.Storage;
using Resume.Scoring;

namespace Ingest.Api.Scans.Submit;

/// <summary>
/// <c>POST /api/v1/scans</c>: stores the file, then writes the scan and its <see cref="ResumeUploaded"/> in one
/// transaction; the outbox dispatcher announces it. An <c>Idempotency-Key</c> makes a retried request return the
/// scan the first one made; keys are scoped to the caller (each tenant, or anonymous callers together).
/// A tenant may give a <c>callbackUrl</c>, checked here and called when the scan ends.
/// </summary>
public static partial class SubmitScan
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";
    private const int MaxIdempotencyKeyLength = 200;

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        UploadReader reader,
        IngestDbContext db,
        IBlobStore blobs,
        OutboxSignal outbox,
        ScanMetrics metrics,
        CallbackUrlCheck callbackCheck,
        TimeProvider time,
        ILogger<UploadReader> logger,
        CancellationToken cancellationToken)
    {
        var idempotencyKey = request.Headers[IdempotencyKeyHeader].ToString();
        if (IdempotencyKeyProblem(idempotencyKey) is { } keyProblem)
        {
            return keyProblem;
        }
        var tenant = TenantCaller.Of(request.HttpContext);
        var scopedKey = idempotencyKey.Length == 0 ? null
            : tenant is null ? $"anonymous:{idempotencyKey}"
            : $"tenant:{tenant.TenantId:N}:{idempotencyKey}";

        var scanId = ScanIds.New();
        using var scope = logger.BeginScanScope(scanId);
        try
        {
            var form = await reader.ReadAsync(request, scanId, cancellationToken);
            if ((Refusal(form, tenant) ?? await CallbackRefusalAsync(form, callbackCheck, cancellationToken)) is { } refusal)
            {
                await blobs.DeleteScanAsync(scanId, CancellationToken.None);
                return refusal;
            }
            var callbackUrl = string.IsNullOrWhiteSpace(form.CallbackUrl) ? null : form.CallbackUrl.Trim();
            var role = string.IsNullOrWhiteSpace(form.Role) ? RoleGuideCatalog.Auto : form.Role.Trim();
            var jobDescription = string.IsNullOrWhiteSpace(form.JobDescription) ? null : form.JobDescription;
            var fingerprint = Fingerprint(form.File!, role, jobDescription, callbackUrl);

            if (scopedKey is not null && await ReplayAsync(db, scopedKey, fingerprint, cancellationToken) is { } replay)
            {
                await blobs.DeleteScanAsync(scanId, CancellationToken.None);
                return replay;
            }

            if (jobDescription is not null)
            {
                await blobs.PutTextAsync(BlobNames.JobDescription(scanId), jobDescription, "text/plain; charset=utf-8", cancellationToken);
            }

            var now = time.GetUtcNow();
            var scan = new Scan
            {
                Id = scanId,
                TenantId = tenant?.TenantId,
                CallbackUrl = callbackUrl,
                Status = ScanStatus.Accepted,
                Role = role,
                HasJobDescription = jobDescription is not null,
                FileName = form.File!.FileName,
                SizeBytes = form.File.SizeBytes,
                ContentSha256 = form.File.Sha256Hex,
                IdempotencyKey = scopedKey,
                RequestFingerprint = fingerprint,
                CreatedAt = now,
                UpdatedAt = now,
            };
            db.Scans.Add(scan);
            var announcement = outbox.Lease(OutboxEnvelope.Create(ScanAnnouncement.Of(scan, scan.Attempts), scanId, now));
            db.Outbox.Add(announcement);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (scopedKey is not null)
            {
                // Two requests with one key raced; the other one's scan stands.
                db.ChangeTracker.Clear();
                await blobs.DeleteScanAsync(scanId, CancellationToken.None);
                return await ReplayAsync(db, scopedKey, fingerprint, cancellationToken) ?? throw new InvalidOperationException("Idempotency conflict without a scan.");
            }
            outbox.Committed(announcement);
            metrics.Accepted(form.File.Kind, form.File.SizeBytes);
            LogAccepted(logger, form.File.Kind, form.File.SizeBytes);
            return TypedResults.Accepted(ScanView.PathOf(scanId), ScanView.Of(scan));
        }
        catch
        {
            // Nothing was committed: whatever reached the blob store goes.
            await blobs.DeleteScanAsync(scanId, CancellationToken.None);
            throw;
        }
    }

    /// <summary>A validation problem when the <c>Idempotency-Key</c> header is too long or not printable ASCII.</summary>
    internal static IResult? IdempotencyKeyProblem(string key) =>
        key.Length > MaxIdempotencyKeyLength || key.Any(c => c is < ' ' or > '~')
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                [IdempotencyKeyHeader] = [$"Use at most {MaxIdempotencyKeyLength} printable ASCII characters."],
            })
            : null;

    private static IResult? Refusal(UploadForm form, TenantCaller? tenant)
    {
        if (form.Rejection is not null)
        {
            return form.Rejection;
        }
        if (!string.IsNullOrEmpty(form.CallbackUrl) && tenant is null)
        {
            return ApiProblems.Of(StatusCodes.Status403Forbidden, "Callbacks need an API key",
                "callbackUrl is for tenants, who call with their API key ('Authorization: Bearer <API key>'); leave it out and poll the scan instead.",
                ProblemTypes.CallbackNeedsTenant);
        }
        if (form.File is null && form.Errors.Count == 0)
        {
            form.AddError("file", "Attach the resume in a multipart field named 'file'.");
        }
        if (form.Role is { } role && !string.IsNullOrWhiteSpace(role) && !RoleGuideCatalog.BuiltIn.Accepts(role.Trim()))
        {
            form.AddError("role", $"Unknown role '{role.Trim()}'. Use '{RoleGuideCatalog.Auto}' for the guide the resume fits best, or one of: {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles.Order(StringComparer.Ordinal))}.");
        }
        return form.ValidationProblem();
    }

    private static async Task<IResult?> CallbackRefusalAsync(UploadForm form, CallbackUrlCheck check, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.CallbackUrl) || await check.RefusalAsync(form.CallbackUrl, cancellationToken) is not { } reason)
        {
            return null;
        }
        return ApiProblems.Of(StatusCodes.Status400BadRequest, "Callback URL refused", reason, ProblemTypes.CallbackUrlRefused);
    }

    /// <summary>The scan an earlier request with this key made, or a 422 problem when that request sent something else.</summary>
    private static async Task<IResult?> ReplayAsync(IngestDbContext db, string scopedKey, string fingerprint, CancellationToken cancellationToken)
    {
        var earlier = await db.Scans.AsNoTracking().FirstOrDefaultAsync(s => s.IdempotencyKey == scopedKey, cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        if (earlier.RequestFingerprint != fingerprint)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                "This Idempotency-Key was already used for a different upload; use a new key for a new upload.", ProblemTypes.IdempotencyKeyReused);
        }
        return TypedResults.Accepted(ScanView.PathOf(earlier.Id), ScanView.Of(earlier));
    }

    private static string Fingerprint(StoredUpload file, string role, string? jobDescription, string? callbackUrl) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            callbackUrl is null ? $"{file.Sha256Hex}\n{role}\n{jobDescription}" : $"{file.Sha256Hex}\n{role}\ncallback:{callbackUrl}\n{jobDescription}")));

    [LoggerMessage(LogLevel.Information, "Accepted a {Kind} upload of {SizeBytes} bytes")]
    private static partial void LogAccepted(ILogger logger, UploadKind kind, long sizeBytes);
}
