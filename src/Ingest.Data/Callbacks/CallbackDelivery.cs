namespace Ingest.Data.Callbacks;

/// <summary>
/// One event sent to a tenant's callback URL until the receiver takes it (any 2xx), the retries run out or the receiver
/// answers 410 Gone. There is one row per subject and event (a unique index), so a repeated status message cannot send
/// the event twice; every attempt carries the same body and the same <c>webhook-id</c>, so a receiver can drop a
/// repeat. Each attempt is also kept as a <see cref="CallbackAttempt"/>.
/// </summary>
public sealed class CallbackDelivery
{
    public const int EventLength = 32;
    public const int UrlLength = 2048;
    public const int LastErrorLength = 1000;

    /// <summary>Also the <c>webhook-id</c> (as <c>msg_</c> + 32 hex digits).</summary>
    public Guid Id { get; set; }

    /// <summary>What the event is about: a scan for <c>scan.*</c> events (a batch for <c>batch.*</c> ones).</summary>
    public Guid SubjectId { get; set; }

    public Guid TenantId { get; set; }

    /// <summary><c>scan.completed</c>, <c>scan.failed</c>, …</summary>
    public required string Event { get; set; }

    public required string Url { get; set; }

    /// <summary>The JSON body, fixed when the event was recorded.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Attempts made since the delivery was recorded or last retried by hand (the retry schedule counts these).</summary>
    public int Attempts { get; set; }

    /// <summary>When the next attempt is due.</summary>
    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>An attempt in progress holds the row until then; a process that dies mid-attempt lets it go.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    /// <summary>Set when the last retry failed too, or the receiver answered 410 Gone: the event is not sent again (unless retried by hand).</summary>
    public DateTimeOffset? GaveUpAt { get; set; }

    /// <summary>The receiver's last HTTP status, if it answered.</summary>
    public int? LastStatusCode { get; set; }

    /// <summary>Why the last failed attempt failed; kept after a later attempt succeeds.</summary>
    public string? LastError { get; set; }
}
