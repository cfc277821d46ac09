namespace Ingest.Data.Tenants;

/// <summary>
/// A partner that calls the API with its own key. The key itself is never stored: only its SHA-256 and a short prefix
/// to find the row by. The callback signing secret has to be readable to sign with, so it is stored encrypted.
/// </summary>
public sealed class Tenant
{
    public const int NameLength = 100;
    public const int KeyPrefixLength = 16;
    public const int ProtectedSecretLength = 1000;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The key's first characters: not enough to use it, enough to find the row (and to show in an admin view).</summary>
    public required string KeyPrefix { get; set; }

    /// <summary>SHA-256 of the whole key.</summary>
    public required byte[] KeyHash { get; set; }

    /// <summary>The <c>whsec_…</c> signing secret, encrypted with the service's data-protection key ring.</summary>
    public required string ProtectedSigningSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when the key may no longer be used.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
