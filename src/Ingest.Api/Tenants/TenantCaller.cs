namespace Ingest.Api.Tenants;

/// <summary>The tenant a request's API key belongs to; anonymous requests have none.</summary>
/// <param name="UploadsPerWindow">The tenant's own upload allowance; null: the <c>Tenants:UploadsPerWindow</c> setting.</param>
public sealed record TenantCaller(Guid TenantId, string Name, int? UploadsPerWindow = null)
{
    public static TenantCaller? Of(HttpContext context) => context.Features.Get<TenantCaller>();
}

/// <summary>
/// Marks the routes a tenant calls with its key. On these, an <c>Authorization</c> header must name a valid key
/// (or the request is refused with 401); the admin routes read the same header for the admin key instead.
/// </summary>
public sealed class TenantRouteMetadata;

/// <summary>Marks the tenant routes that only a tenant may call: without a key they are a 401, not an anonymous call.</summary>
public sealed class TenantOnlyMetadata;
