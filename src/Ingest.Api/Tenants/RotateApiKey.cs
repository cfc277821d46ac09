using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>POST /api/v1/admin/tenants/{id}/api-key</c> <c>{"graceHours"}</c>: a new key, shown once; every key the tenant
/// had keeps working for the grace period (24 hours unless told), so its systems can switch without a gap.
/// </summary>
public static partial class RotateApiKey
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, TimeProvider time, ILogger<ApiKeyRotated> logger, CancellationToken cancellationToken)
    {
        var (grace, problem) = await GracePeriod.ReadAsync(context.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }
        var now = time.GetUtcNow();
        var until = now + grace!.Value;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.Tenants.AnyAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken))
        {
            return ApiProblems.TenantNotFound();
        }
        // Keys past their grace go; the others end at the new grace period's end, unless they end sooner already.
        await db.TenantApiKeys.Where(k => k.TenantId == id && k.ExpiresAt != null && k.ExpiresAt <= now).ExecuteDeleteAsync(cancellationToken);
        await db.TenantApiKeys.Where(k => k.TenantId == id && (k.ExpiresAt == null || k.ExpiresAt > until))
            .ExecuteUpdateAsync(s => s.SetProperty(k => k.ExpiresAt, until), cancellationToken);
        var key = ApiKeys.New();
        db.TenantApiKeys.Add(ApiKeys.Row(id, key, now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        LogRotated(logger, id, ApiKeys.PrefixOf(key), grace.Value.TotalHours);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ApiKeyRotated(key, until));
    }

    [LoggerMessage(LogLevel.Information, "Rotated the API key of tenant {TenantId} (new key {KeyPrefix}…); the old ones work {Hours} more hours")]
    private static partial void LogRotated(ILogger logger, Guid tenantId, string keyPrefix, double hours);
}

/// <param name="ApiKey">The new key, shown only here.</param>
/// <param name="PreviousKeysExpireAt">Until then the tenant's earlier keys keep working.</param>
public sealed record ApiKeyRotated(string ApiKey, DateTimeOffset PreviousKeysExpireAt);

/// <param name="GraceHours">How long the old key or secret keeps working, 0–720 (24 when left out).</param>
public sealed record RotationRequest(int? GraceHours);
