namespace Ingest.Data.Scans;

/// <summary>One uploaded resume on its way through the stages. Erasing it keeps only the id, status and dates.</summary>
public sealed class Scan
{
    public const int RoleLength = 64;
    public const int FileNameLength = 255;
    public const int IdempotencyKeyLength = 300;
    public const int FailureMessageLength = 1000;
    public const int EntryNameLength = 1024;

    /// <summary>128 random bits: for anonymous scans, knowing the id is the right to read it.</summary>
    public Guid Id { get; set; }

    /// <summary>Null for anonymous scans; a tenant's scan is visible only with that tenant's key.</summary>
    public Guid? TenantId { get; set; }

    /// <summary>Where a tenant wants to hear that the scan ended (checked when submitted and before every delivery).</summary>
    public string? CallbackUrl { get; set; }

    public ScanStatus Status { get; set; }

    public required string Role { get; set; }
    public bool HasJobDescription { get; set; }

    /// <summary>The name the file was uploaded under (personal data: erased with the scan).</summary>
    public string? FileName { get; set; }

    public long SizeBytes { get; set; }

    /// <summary>SHA-256 of the uploaded bytes, hex.</summary>
    public string? ContentSha256 { get; set; }

    /// <summary>The caller's <c>Idempotency-Key</c> with its scope (<c>anonymous:…</c> or <c>tenant:{id}:…</c>); unique.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 over the file and the fields, hex: the same key with another body is refused.</summary>
    public string? RequestFingerprint { get; set; }

    public int? Score { get; set; }

    /// <summary>The scan completed without a rewrite (optimized PDF and DOCX): the file had no text to rewrite.</summary>
    public bool NoRewrite { get; set; }

    public string? FailureStage { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureMessage { get; set; }

    /// <summary>How many times the scan was announced: 1, then one more per re-announcement of a stuck scan.</summary>
    public int Attempts { get; set; } = 1;

    /// <summary>The batch the scan belongs to, if any; its scans travel on the batch lane.</summary>
    public Guid? BatchId { get; set; }

    /// <summary>For a batch scan: its path in the archive, or its file name (personal data: erased with the scan).</summary>
    public string? EntryName { get; set; }

    /// <summary>For a batch scan: its place in the upload, the order its results are listed in.</summary>
    public int? EntryIndex { get; set; }

    /// <summary>
    /// For a batch scan: when it was handed to the pipeline. A batch's scans wait in the database until the release
    /// window lets them in, so the queues never hold a whole batch.
    /// </summary>
    public DateTimeOffset? ReleasedAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the status last moved or the scan was last announced: what "stuck" is measured from.</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
    public DateTimeOffset? DeletedAt { get; set; }
}
