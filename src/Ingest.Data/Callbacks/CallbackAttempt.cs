namespace Ingest.Data.Callbacks;

/// <summary>
/// One attempt at a <see cref="CallbackDelivery"/>, kept so a partner can see what happened to its callbacks: when it
/// was made, what the receiver answered (or why it could not be reached), and when the next attempt is due.
/// </summary>
public sealed class CallbackAttempt
{
    public const int ErrorLength = CallbackDelivery.LastErrorLength;

    public Guid Id { get; set; }

    public Guid DeliveryId { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    /// <summary>How long the attempt took, connecting included.</summary>
    public int DurationMilliseconds { get; set; }

    /// <summary>The receiver's HTTP status, if it answered.</summary>
    public int? StatusCode { get; set; }

    /// <summary>Why it failed; null when delivered.</summary>
    public string? Error { get; set; }

    /// <summary>When the next attempt is due; null when this one delivered it or it was given up.</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }
}
