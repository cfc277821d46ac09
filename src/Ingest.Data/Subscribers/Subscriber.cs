namespace Ingest.Data.Subscribers;

/// <summary>
/// Someone who asked for the weekly tips digest. The address is personal data: a row that never gets confirmed, or
/// that unsubscribes, is deleted after its retention period.
/// </summary>
public sealed class Subscriber
{
    /// <summary>The longest address SMTP can carry (RFC 5321's path limit less its angle brackets).</summary>
    public const int EmailLength = 254;
    public const int RoleLength = 64;
    public const int SuppressionReasonLength = 500;

    /// <summary>128 random bits; the tokens in mail links name it.</summary>
    public Guid Id { get; set; }

    /// <summary>Trimmed and lower-cased, so one mailbox is one row (unique).</summary>
    public required string Email { get; set; }

    /// <summary>The role guide whose tips the digest carries.</summary>
    public required string Role { get; set; }

    public SubscriberStatus Status { get; set; }

    /// <summary>When the current request began (a new one after unsubscribing starts again): confirmation links older than it no longer count.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>Confirmation mails sent since <see cref="RequestedAt"/>; bounded, so a form cannot be used to flood a mailbox.</summary>
    public int ConfirmationMails { get; set; }

    public DateTimeOffset? LastConfirmationMailAt { get; set; }
    public DateTimeOffset? ConfirmedAt { get; set; }
    public DateTimeOffset? UnsubscribedAt { get; set; }

    /// <summary>When a mail server refused the address for good.</summary>
    public DateTimeOffset? SuppressedAt { get; set; }

    /// <summary>What the server said when it refused the address.</summary>
    public string? SuppressionReason { get; set; }
}
