namespace Ingest.Data.Outbox;

/// <summary>
/// A message written in the same transaction as the change it announces, published afterwards by the dispatcher.
/// A dispatcher claims rows with a lease (<see cref="LeaseOwner"/> until <see cref="LeaseUntil"/>), so several API
/// instances never publish the same row at once, and a crashed one's claim simply runs out.
/// </summary>
public sealed class OutboxMessage
{
    public const int MessageTypeLength = 100;
    public const int LastErrorLength = 2000;
    public const int TraceParentLength = 55;
    public const int TraceStateLength = 512;

    /// <summary>Also the published message's id.</summary>
    public Guid Id { get; set; }

    /// <summary>The scan the message is about, if any.</summary>
    public Guid? ScanId { get; set; }

    /// <summary>The contract's type name (<c>ResumeUploaded</c>).</summary>
    public required string MessageType { get; set; }

    /// <summary>The message as JSON.</summary>
    public required string Payload { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>
    /// The W3C <c>traceparent</c> of the work that wrote the row (the upload's request), so its publication continues
    /// that trace instead of starting a new one.
    /// </summary>
    public string? TraceParent { get; set; }

    /// <summary>The W3C <c>tracestate</c> that went with <see cref="TraceParent"/>, if any.</summary>
    public string? TraceState { get; set; }

    public Guid? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
