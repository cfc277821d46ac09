using Ingest.Api.Scans.Submit;

namespace Ingest.Api.Batches.Submit;

/// <summary>One entry of a batch as judged: a resume to scan, a duplicate of one, or refused with the reason.</summary>
/// <param name="Index">Its place among the entries that were judged (folders and litter are not), from 0.</param>
/// <param name="Name">Its path in the archive with <c>/</c> separators, or the file name as sent.</param>
public abstract record IntakeEntry(int Index, string Name, long SizeBytes);

/// <summary>Stored as <c>uploads/{ScanId}</c>; becomes a scan of the batch.</summary>
public sealed record AcceptedEntry(int Index, string Name, long SizeBytes, Guid ScanId, string Sha256Hex, UploadKind Kind) : IntakeEntry(Index, Name, SizeBytes);

/// <summary>The same bytes as <paramref name="DuplicateOf"/>, which is scanned once for both.</summary>
public sealed record DuplicateEntry(int Index, string Name, long SizeBytes, string DuplicateOf) : IntakeEntry(Index, Name, SizeBytes);

public sealed record RefusedEntry(int Index, string Name, long SizeBytes, string Code, string Message) : IntakeEntry(Index, Name, SizeBytes);
