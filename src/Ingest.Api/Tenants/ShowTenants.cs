using Ingest.Api.Problems;
using Ingest.Data;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

/// <summary><c>GET /api/v1/admin/tenants</c> and <c>GET /api/v1/admin/tenants/{id}</c>: tenants without their secrets.</summary>
public static class ShowTenants
{
    public static async Task<IResult> ListAsync(IngestDbContext db, IOptions<TenantOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
        TypedResults.Ok(new TenantList(await TenantView.LoadAsync(db, options.Value.UploadsPerWindow, time.GetUtcNow(), null, cancellationToken)));

    public static async Task<IResult> GetAsync(Guid id, IngestDbContext db, IOptions<TenantOptions> options, TimeProvider time, CancellationToken cancellationToken) =>
        (await TenantView.LoadAsync(db, options.Value.UploadsPerWindow, time.GetUtcNow(), id, cancellationToken)).SingleOrDefault() is { } tenant
            ? TypedResults.Ok(tenant)
            : ApiProblems.TenantNotFound();
}

/// <param name="Tenants">Newest first.</param>
public sealed record TenantList(IReadOnlyList<TenantView> Tenants);
