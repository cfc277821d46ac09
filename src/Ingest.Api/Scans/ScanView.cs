using Ingest.Data.Scans;
using Pipeline.Contracts;

namespace Ingest.Api.Scans;

/// <summary>What <c>GET /api/v1/scans/{id}</c> returns.</summary>
/// <param name="Status"><c>accepted</c>, <c>parsed</c>, <c>scored</c>, <c>completed</c> or <c>failed</c>; it never moves backwards.</param>
/// <param name="Score">0–100 once scored.</param>
/// <param name="Failure">Why the scan failed, when it did.</param>
/// <param name="Links">The scan itself and each result file that exists.</param>
public sealed record ScanView(
    string Id,
    string Status,
    string Role,
    int? Score,
    ScanFailureView? Failure,
    IReadOnlyDictionary<string, string> Links,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static string PathOf(Guid id) => $"/api/v1/scans/{BlobNames.Id(id)}";

    public static ScanView Of(Scan scan)
    {
        var self = PathOf(scan.Id);
        var links = new Dictionary<string, string> { ["self"] = self };
        foreach (var file in ScanResultFile.All.Where(f => f.IsReadyFor(scan)))
        {
            links[file.Link] = $"{self}/{file.Route}";
        }
        return new ScanView(
            BlobNames.Id(scan.Id),
            ScanProgress.Name(scan.Status),
            scan.Role,
            scan.Score,
            scan.Status == ScanStatus.Failed ? new ScanFailureView(scan.FailureStage ?? "", scan.FailureCode ?? "", scan.FailureMessage ?? "") : null,
            links,
            scan.CreatedAt,
            scan.CompletedAt);
    }
}

/// <param name="Stage"><c>upload</c>, <c>parse</c>, <c>score</c> or <c>render</c>.</param>
/// <param name="Code">Stable, for programs: <c>corrupt</c>, <c>encrypted</c>, <c>too-large</c>, …</param>
/// <param name="Message">A sentence for people.</param>
public sealed record ScanFailureView(string Stage, string Code, string Message);
