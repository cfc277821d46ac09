namespace Ingest.Data.Tenants;

/// <summary>
/// One of a tenant's API keys. The key itself is never stored: only its SHA-256 and a short prefix to find the row by.
/// A tenant has one key without an end, plus, right after a rotation, the old ones until their grace period ends.
/// </summary>
public sealed class TenantApiKey
{
    public const int PrefixLength = 16;

    /// <summary>The key's first characters: not enough to use it, enough to find the row (and to show in an admin view).</summary>
    public required string KeyPrefix { get; set; }

    public Guid TenantId { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] KeyHash { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the key stops working; null while it is the tenant's current key.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }
}
