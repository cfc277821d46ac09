using Ingest.Data;
using Ingest.Data.Tenants;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Tenants;

/// <summary>A tenant as the admin routes show it: never a key or a secret, only what identifies and describes them.</summary>
/// <param name="Status"><c>active</c>, or <c>deleting</c> while its scans are being erased (then it is gone).</param>
/// <param name="UploadsPerWindow">Its upload allowance per <c>Tenants:UploadWindow</c>.</param>
/// <param name="OwnAllowance">Whether the allowance was set for this tenant (false: the <c>Tenants:UploadsPerWindow</c> setting).</param>
/// <param name="ApiKeys">Its working keys: the current one (no <c>expiresAt</c>) and old ones still in their grace period.</param>
/// <param name="PreviousSigningSecretExpiresAt">Until then callbacks carry a second signature, made with the secret before the last rotation.</param>
public sealed record TenantView(
    Guid Id,
    string Name,
    string Status,
    DateTimeOffset CreatedAt,
    int UploadsPerWindow,
    bool OwnAllowance,
    IReadOnlyList<ApiKeyView> ApiKeys,
    DateTimeOffset? PreviousSigningSecretExpiresAt)
{
    public static string PathOf(Guid id) => $"/api/v1/admin/tenants/{id}";

    /// <summary>The tenants (all, or the one with <paramref name="id"/>), newest first, with their working keys.</summary>
    public static async Task<List<TenantView>> LoadAsync(IngestDbContext db, int defaultAllowance, DateTimeOffset now, Guid? id, CancellationToken cancellationToken)
    {
        var tenants = await db.Tenants.AsNoTracking()
            .Where(t => id == null || t.Id == id)
            .OrderByDescending(t => t.CreatedAt)
            .ToListAsync(cancellationToken);
        var ids = tenants.Select(t => t.Id).ToList();
        var keys = (await db.TenantApiKeys.AsNoTracking()
                .Where(k => ids.Contains(k.TenantId) && (k.ExpiresAt == null || k.ExpiresAt > now))
                .ToListAsync(cancellationToken))
            .ToLookup(k => k.TenantId);
        return tenants.Select(t => Of(t, keys[t.Id], defaultAllowance, now)).ToList();
    }

    private static TenantView Of(Tenant tenant, IEnumerable<TenantApiKey> keys, int defaultAllowance, DateTimeOffset now) => new(
        tenant.Id,
        tenant.Name,
        tenant.DeletedAt is null ? "active" : "deleting",
        tenant.CreatedAt,
        tenant.UploadsPerWindow ?? defaultAllowance,
        tenant.UploadsPerWindow is not null,
        keys.OrderByDescending(k => k.ExpiresAt is null).ThenByDescending(k => k.CreatedAt).Select(k => new ApiKeyView(k.KeyPrefix, k.CreatedAt, k.ExpiresAt)).ToList(),
        tenant.PreviousSigningSecretExpiresAt > now ? tenant.PreviousSigningSecretExpiresAt : null);
}

/// <param name="Prefix">The key's first 16 characters: enough to tell keys apart, not to use one.</param>
/// <param name="ExpiresAt">When an old key stops working; null for the current key.</param>
public sealed record ApiKeyView(string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? ExpiresAt);
