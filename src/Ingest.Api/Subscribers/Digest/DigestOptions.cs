using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>The <c>Digest</c> settings: when the weekly tips go out and how many an issue holds.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>When the weekly digest is sent (cron, UTC; Mondays at 08:00 by default).</summary>
    [Required]
    public string Cron { get; set; } = "0 8 * * 1";

    [Range(1, 10)]
    public int TipsPerIssue { get; set; } = 3;
}
