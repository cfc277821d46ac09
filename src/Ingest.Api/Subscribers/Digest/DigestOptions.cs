using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>The <c>Digest</c> settings: when the weekly tips go out, how many an issue holds, and how fast they are sent.</summary>
public sealed class DigestOptions
{
    public const string Section = "Digest";

    /// <summary>When the weekly digest is sent (cron, UTC; Mondays at 08:00 by default).</summary>
    [Required]
    public string Cron { get; set; } = "0 8 * * 1";

    [Range(1, 10)]
    public int TipsPerIssue { get; set; } = 3;

    /// <summary>
    /// The most digest mails handed to the mail server per second: mail providers throttle or refuse senders that
    /// burst, so a list of thousands goes out at an even pace instead.
    /// </summary>
    [Range(1, 100_000)]
    public int MessagesPerSecond { get; set; } = 10;
}
