namespace Ingest.Api.Batches.Submit;

/// <summary>The archive lists more entries than a batch may hold: refused before any is read.</summary>
public sealed class TooManyEntriesException(long declared, int limit)
    : Exception($"The archive lists {declared:N0} entries; a batch may hold at most {limit:N0} (folders and system files included).");
