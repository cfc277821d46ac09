namespace Ingest.Data.Tenants;

/// <summary>
/// A partner that calls the API with its own keys (<see cref="TenantApiKey"/>: only their hashes are stored). The
/// callback signing secret has to be readable to sign with, so it is stored encrypted; after a rotation the previous
/// one is kept, encrypted too, until its grace period ends, and callbacks carry a signature with each.
/// </summary>
public sealed class Tenant
{
    public const int NameLength = 100;
    public const int ProtectedSecretLength = 1000;

    public Guid Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The <c>whsec_…</c> signing secret, encrypted with the service's data-protection key ring.</summary>
    public required string ProtectedSigningSecret { get; set; }

    /// <summary>The secret before the last rotation, signing alongside the current one until <see cref="PreviousSigningSecretExpiresAt"/>.</summary>
    public string? PreviousProtectedSigningSecret { get; set; }

    public DateTimeOffset? PreviousSigningSecretExpiresAt { get; set; }

    /// <summary>Uploads per window for this tenant; null: the <c>Tenants:UploadsPerWindow</c> setting.</summary>
    public int? UploadsPerWindow { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an administrator deleted the tenant: its keys are gone and its scans are being erased.</summary>
    public DateTimeOffset? DeletedAt { get; set; }
}
