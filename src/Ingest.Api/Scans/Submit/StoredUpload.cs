namespace Ingest.Api.Scans.Submit;

/// <summary>An upload written to the blob store: its name as sent, size, content hash and sniffed kind.</summary>
public sealed record StoredUpload(string FileName, long SizeBytes, string Sha256Hex, UploadKind Kind);
