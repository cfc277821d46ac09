using Ingest.Api.Problems;
using Ingest.Api.Tenants;
using Ingest.Data.Batches;

namespace Ingest.Api.Batches;

public static class BatchAccess
{
    /// <summary>The caller's own batches: another tenant's batch is simply not found, so its existence is not revealed.</summary>
    public static IQueryable<Batch> OwnedBy(this IQueryable<Batch> batches, TenantCaller tenant) =>
        batches.Where(b => b.TenantId == tenant.TenantId);

    /// <summary>Batches are for tenants: a call without an API key gets 401 on every batch route.</summary>
    public static IResult KeyRequired(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = "Bearer";
        return ApiProblems.Of(StatusCodes.Status401Unauthorized, "API key required",
            "Batches are for tenants: send 'Authorization: Bearer <API key>'.", "api-key-required");
    }
}
