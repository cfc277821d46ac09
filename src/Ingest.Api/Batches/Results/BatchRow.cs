using Resume.Model;

namespace Ingest.Api.Batches.Results;

/// <summary>One file of a batch with what became of it: a row of <c>results.csv</c> and one input of the summary.</summary>
/// <param name="Index">Its place in the upload: rows keep that order.</param>
/// <param name="File">Its name in the archive, or the file name as sent; empty once the scan was erased.</param>
/// <param name="Status">
/// The scan's (<c>accepted</c>, <c>parsed</c>, <c>scored</c>, <c>completed</c>, <c>failed</c>), or <c>refused</c>,
/// <c>duplicate</c> or <c>deleted</c>.
/// </param>
public sealed record BatchRow(int Index, string File, string Status)
{
    public const string Refused = "refused";
    public const string Duplicate = "duplicate";
    public const string Deleted = "deleted";

    public Guid? ScanId { get; init; }
    public string? Candidate { get; init; }
    public string? Email { get; init; }
    public int? Score { get; init; }
    public IReadOnlyDictionary<string, int> Subscores { get; init; } = new Dictionary<string, int>();

    /// <summary>Titles of the failed checks that weigh most, at most three.</summary>
    public IReadOnlyList<string> TopFailedChecks { get; init; } = [];

    public string? FailureCode { get; init; }
    public string? FailureReason { get; init; }
    public string? DuplicateOf { get; init; }

    /// <summary>The report's address, once the scan is completed.</summary>
    public string? ReportUrl { get; init; }

    /// <summary>What the parser read, when it did (for the summary; a duplicate carries none, so it is not counted twice).</summary>
    public ResumeDocument? Resume { get; init; }

    /// <summary>The score stage's report, when there is one (for the summary; not on duplicates).</summary>
    public ScoreReport? Report { get; init; }
}
