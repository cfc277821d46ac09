namespace Ingest.Api.Batches.Submit;

/// <summary>The archive as a whole cannot be read (no end record, a damaged directory): the upload is refused, nothing kept.</summary>
public sealed class MalformedArchiveException(string message, Exception? inner = null) : Exception(message, inner);
