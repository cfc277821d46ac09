namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// What an issue says about the subscriber's own latest resume scan (one made with their address in it, in the last
/// 90 days, not for a tenant): its score and the check whose fix would raise it most.
/// </summary>
/// <param name="CheckGain">Points the score would gain with that check passed in full.</param>
public sealed record ScanNote(int Score, DateTimeOffset ScannedAt, string? CheckTitle, int? CheckGain);
