using Ingest.Api.Tenants;
using Ingest.Data.Batches;

namespace Ingest.Api.Batches;

public static class BatchAccess
{
    /// <summary>The caller's own batches: another tenant's batch is simply not found, so its existence is not revealed.</summary>
    public static IQueryable<Batch> OwnedBy(this IQueryable<Batch> batches, TenantCaller tenant) =>
        batches.Where(b => b.TenantId == tenant.TenantId);
}
