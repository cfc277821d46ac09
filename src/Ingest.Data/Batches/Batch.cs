namespace Ingest.Data.Batches;

/// <summary>
/// A tenant's bulk upload: the resumes of one ZIP (or one request of many files), each a scan of its own, followed to
/// the end together. The counters move only with the conditional status UPDATE that ends one of its scans, in the same
/// transaction, so a redelivered event never counts twice; the batch is completed by one conditional UPDATE, so
/// whichever instance gets there sends its notices, once. Erasing it keeps the id, counters and dates.
/// </summary>
public sealed class Batch
{
    public const int ContactEmailLength = 254;
    public const int IdempotencyKeyLength = 200;
    public const int SourceNameLength = 255;

    /// <summary>128 random bits, like a scan's.</summary>
    public Guid Id { get; set; }

    public Guid TenantId { get; set; }

    public BatchStatus Status { get; set; }

    /// <summary>The role guide every scan of the batch is scored against.</summary>
    public required string Role { get; set; }

    /// <summary>The job posting, when one was given, is the blob <c>jobs/{batch id}.txt</c>, shared by every scan.</summary>
    public bool HasJobDescription { get; set; }

    /// <summary>Where <c>batch.completed</c> goes (checked when submitted and before every delivery).</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>Who is mailed when the batch is done (personal data: erased with the batch).</summary>
    public string? ContactEmail { get; set; }

    /// <summary>The uploaded archive's name, or null for a request of separate files.</summary>
    public string? SourceName { get; set; }

    /// <summary>The caller's <c>Idempotency-Key</c>; unique per tenant.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 over the upload and the fields, hex: the same key with another body is refused.</summary>
    public string? RequestFingerprint { get; set; }

    /// <summary>Resumes accepted: one scan each.</summary>
    public int Total { get; set; }

    /// <summary>Entries refused (unsafe name, not a resume, too large, …), each a <see cref="BatchEntry"/>.</summary>
    public int Skipped { get; set; }

    /// <summary>Entries with the bytes of an earlier one: scanned once, listed as duplicates.</summary>
    public int Duplicates { get; set; }

    /// <summary>Scans handed to the pipeline so far (the rest wait in the database for their turn).</summary>
    public int Released { get; set; }

    public int Completed { get; set; }
    public int Failed { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When its first scan was released.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When its last scan ended.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>
    /// The summary (figures over every scan, no personal data) once the batch is complete, so the routes and the notice
    /// mail do not read every result again. Cleared when one of its scans is erased.
    /// </summary>
    public string? SummaryJson { get; set; }

    /// <summary>When the completion mail to <see cref="ContactEmail"/> went out.</summary>
    public DateTimeOffset? MailedAt { get; set; }

    /// <summary>A mail job holds the batch until then; one that dies lets it go.</summary>
    public DateTimeOffset? MailLeaseUntil { get; set; }
}
