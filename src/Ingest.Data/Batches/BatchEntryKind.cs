namespace Ingest.Data.Batches;

public enum BatchEntryKind
{
    /// <summary>Not scanned: see the code and message.</summary>
    Refused = 0,

    /// <summary>The same bytes as an earlier entry, which is scanned for both.</summary>
    Duplicate = 1,
}
