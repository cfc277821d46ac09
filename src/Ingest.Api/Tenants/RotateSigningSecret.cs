using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>POST /api/v1/admin/tenants/{id}/signing-secret</c> <c>{"graceHours"}</c>: a new callback signing secret, shown
/// once. For the grace period every callback carries two <c>v1,</c> signatures in its <c>webhook-signature</c> header,
/// one with the new secret and one with the old, so the receiver can switch secrets whenever it likes in that time.
/// </summary>
public static partial class RotateSigningSecret
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, SigningSecrets secrets, TimeProvider time, ILogger<SigningSecretRotated> logger,
        CancellationToken cancellationToken)
    {
        var (grace, problem) = await GracePeriod.ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var tenant = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken);
        if (tenant is null)
        {
            return ApiProblems.TenantNotFound();
        }
        var now = time.GetUtcNow();
        var secret = SigningSecrets.New();
        // The secret in use becomes the old one; one rotated out before it (a second rotation within a grace period) goes.
        tenant.PreviousProtectedSigningSecret = grace!.Value > TimeSpan.Zero ? tenant.ProtectedSigningSecret : null;
        tenant.PreviousSigningSecretExpiresAt = grace.Value > TimeSpan.Zero ? now + grace.Value : null;
        tenant.ProtectedSigningSecret = secrets.Protect(secret);
        await db.SaveChangesAsync(cancellationToken);
        LogRotated(logger, id, grace.Value.TotalHours);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new SigningSecretRotated(secret, tenant.PreviousSigningSecretExpiresAt));
    }

    [LoggerMessage(LogLevel.Information, "Rotated the signing secret of tenant {TenantId}; the old one signs too for {Hours} hours")]
    private static partial void LogRotated(ILogger logger, Guid tenantId, double hours);
}

/// <param name="SigningSecret">The new <c>whsec_…</c> secret, shown only here.</param>
/// <param name="PreviousSecretExpiresAt">Until then callbacks are signed with the old secret as well (null: grace of 0 hours).</param>
public sealed record SigningSecretRotated(string SigningSecret, DateTimeOffset? PreviousSecretExpiresAt);
