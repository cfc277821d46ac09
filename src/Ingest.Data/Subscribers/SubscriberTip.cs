namespace Ingest.Data.Subscribers;

/// <summary>
/// A tip a subscriber has been mailed, so the next issues pick others until the role's pool is used up (then the
/// history starts again). Tips are known by a hash of their text, so a guide that gains or rewords tips still works.
/// </summary>
public sealed class SubscriberTip
{
    public const int TipKeyLength = 16;

    public Guid SubscriberId { get; set; }

    /// <summary>The first 64 bits of the tip text's SHA-256, hex.</summary>
    public required string TipKey { get; set; }

    public DateTimeOffset SentAt { get; set; }
}
