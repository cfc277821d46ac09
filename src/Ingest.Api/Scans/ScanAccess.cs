using Ingest.Api.Tenants;
using Ingest.Data.Scans;

namespace Ingest.Api.Scans;

public static class ScanAccess
{
    /// <summary>
    /// The scans a request may read, download or delete: anonymous ones (their random id is the capability) and the
    /// caller's own tenant's. Another tenant's scan is simply not found, so its existence is not revealed either.
    /// </summary>
    public static IQueryable<Scan> VisibleTo(this IQueryable<Scan> scans, HttpContext context)
    {
        var tenantId = TenantCaller.Of(context)?.TenantId;
        return scans.Where(s => s.TenantId == null || s.TenantId == tenantId);
    }
}
