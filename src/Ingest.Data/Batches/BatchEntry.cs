namespace Ingest.Data.Batches;

/// <summary>An entry of a batch that did not become a scan of its own: refused, with the reason, or a duplicate.</summary>
public sealed class BatchEntry
{
    public const int NameLength = 1024;
    public const int CodeLength = 32;
    public const int MessageLength = 500;

    public Guid BatchId { get; set; }

    /// <summary>Its place in the upload (0-based, litter and folders not counted); results keep this order.</summary>
    public int Index { get; set; }

    /// <summary>Its path in the archive, or the file name (personal data: erased with the batch).</summary>
    public required string Name { get; set; }

    public BatchEntryKind Kind { get; set; }

    /// <summary>Stable, for programs: <c>unsafe-path</c>, <c>unsupported-type</c>, <c>too-large</c>, <c>duplicate</c>, …</summary>
    public required string Code { get; set; }

    /// <summary>A sentence for people.</summary>
    public required string Message { get; set; }

    /// <summary>For a duplicate: the name of the entry that is scanned in its place.</summary>
    public string? DuplicateOf { get; set; }

    /// <summary>Bytes read of it (inflated), as far as it was read.</summary>
    public long SizeBytes { get; set; }
}
