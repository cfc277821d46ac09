namespace Ingest.Data.Candidates;

/// <summary>
/// What the digest may tell a subscriber about a resume scanned with their address in it: a keyed hash of the parsed
/// address (never the address itself), the score, and the one check whose fix would raise it most. Only anonymous scans
/// get one (a tenant's candidates are the tenant's business); erasing the scan removes it.
/// </summary>
public sealed class CandidateScan
{
    public const int KeyLength = 64;
    public const int CheckIdLength = 64;
    public const int CheckTitleLength = 200;

    public Guid ScanId { get; set; }

    /// <summary>HMAC-SHA256 of the lower-cased address under the service's <c>candidate-emails</c> key, base64url.</summary>
    public required string CandidateKey { get; set; }

    public int Score { get; set; }

    /// <summary>The check that would raise the score most, if any check fell short.</summary>
    public string? CheckId { get; set; }

    public string? CheckTitle { get; set; }

    /// <summary>Points the overall score would gain with that check passed in full.</summary>
    public int? CheckGain { get; set; }

    public DateTimeOffset CompletedAt { get; set; }
}
