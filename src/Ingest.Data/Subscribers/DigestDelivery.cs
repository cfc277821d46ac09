namespace Ingest.Data.Subscribers;

/// <summary>
/// One subscriber's digest for one ISO week (the key is both): written before the mail goes out and marked sent after,
/// so a second run of the week skips whoever already has it, and a run that died midway resumes where it stopped. A
/// runner claims a row with a lease (<see cref="LeaseOwner"/> until <see cref="LeaseUntil"/>), so two runs never mail
/// one subscriber at once; a crashed runner's claim runs out and the mail is sent again (at least once).
/// </summary>
public sealed class DigestDelivery
{
    public const int WeekLength = 8;
    public const int LastErrorLength = 1000;

    public Guid SubscriberId { get; set; }

    /// <summary>The ISO week, <c>2026-W48</c>.</summary>
    public required string Week { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>Failed sends so far; the row is given up after a few.</summary>
    public int Attempts { get; set; }

    public string? LastError { get; set; }

    public Guid? LeaseOwner { get; set; }
    public DateTimeOffset? LeaseUntil { get; set; }
}
