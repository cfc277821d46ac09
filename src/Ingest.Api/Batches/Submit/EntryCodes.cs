namespace Ingest.Api.Batches.Submit;

/// <summary>Why an entry of a batch was not scanned: stable codes for programs, listed with a sentence for people.</summary>
public static class EntryCodes
{
    public const string UnsafePath = "unsafe-path";
    public const string Symlink = "symlink";
    public const string NestedArchive = "nested-archive";
    public const string Encrypted = "encrypted";
    public const string TooLarge = "too-large";
    public const string BatchTooLarge = "batch-too-large";
    public const string CompressionRatio = "compression-ratio";
    public const string UnsupportedType = "unsupported-type";
    public const string Empty = "empty";
    public const string Corrupt = "corrupt";
    public const string Duplicate = "duplicate";
}
