using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>
/// <c>DELETE /api/v1/admin/tenants/{id}/api-key</c>: every key of the tenant stops working now (a leaked key). The
/// tenant stays; <c>POST …/api-key</c> gives it a new key.
/// </summary>
public static partial class RevokeApiKeys
{
    public static async Task<IResult> HandleAsync(Guid id, IngestDbContext db, ILogger<ApiKeyRotated> logger, CancellationToken cancellationToken)
    {
        if (!await db.Tenants.AnyAsync(t => t.Id == id && t.DeletedAt == null, cancellationToken))
        {
            return ApiProblems.TenantNotFound();
        }
        var revoked = await db.TenantApiKeys.Where(k => k.TenantId == id).ExecuteDeleteAsync(cancellationToken);
        LogRevoked(logger, id, revoked);
        return TypedResults.NoContent();
    }

    [LoggerMessage(LogLevel.Warning, "Revoked all {Count} API keys of tenant {TenantId}")]
    private static partial void LogRevoked(ILogger logger, Guid tenantId, int count);
}
