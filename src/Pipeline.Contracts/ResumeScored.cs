namespace Pipeline.Contracts;

/// <summary>The score stage wrote its report (<see cref="BlobNames.Score"/>); <paramref name="Score"/> is its 0–100 total.</summary>
public sealed record ResumeScored(Guid ScanId, string ParsedBlob, string ScoreBlob, int Score, int Attempt, Lane Lane = Lane.Interactive);
