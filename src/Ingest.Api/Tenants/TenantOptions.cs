using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Tenants;

/// <summary>The <c>Tenants</c> settings: each tenant's own upload rate limit (anonymous callers share theirs per address).</summary>
public sealed class TenantOptions
{
    public const string Section = "Tenants";

    [Range(1, 10_000_000)]
    public int UploadsPerWindow { get; set; } = 600;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UploadWindow { get; set; } = TimeSpan.FromMinutes(1);
}
