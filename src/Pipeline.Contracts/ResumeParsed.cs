namespace Pipeline.Contracts;

/// <summary>The parse stage wrote the JSON Resume (<see cref="BlobNames.Parsed"/>).</summary>
public sealed record ResumeParsed(Guid ScanId, string ParsedBlob, string Role, string? JobDescriptionBlob, int Attempt, Lane Lane = Lane.Interactive);
