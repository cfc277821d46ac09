using System.Text.Json.Serialization;
using Ingest.Data.Batches;
using Pipeline.Contracts;

namespace Ingest.Api.Batches;

/// <summary>What <c>GET /api/v1/batches/{id}</c> returns (the list leaves out <see cref="Entries"/>).</summary>
/// <param name="Status"><c>accepted</c> (waiting for its turn), <c>running</c> or <c>completed</c>; it never moves backwards.</param>
/// <param name="Total">Resumes accepted, one scan each.</param>
/// <param name="Completed">Scans completed so far.</param>
/// <param name="Failed">Scans that failed (a damaged or unreadable resume, …): the results say why.</param>
/// <param name="Skipped">Entries refused at upload; <see cref="Entries"/> says why.</param>
/// <param name="Duplicates">Entries with the same bytes as an earlier one, scanned once.</param>
/// <param name="ResumesPerMinute">Since the batch started; null before any scan ended.</param>
/// <param name="EstimatedSecondsLeft">At that pace; 0 once complete, null while unknown.</param>
/// <param name="Entries">Every entry that is not a scan of its own: refused, with the reason, or a duplicate.</param>
public sealed record BatchView(
    string Id,
    string Status,
    string Role,
    int Total,
    int Completed,
    int Failed,
    int Skipped,
    int Duplicates,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? ResumesPerMinute,
    double? EstimatedSecondsLeft,
    IReadOnlyDictionary<string, string> Links,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<BatchEntryView>? Entries)
{
    public static string PathOf(Guid id) => $"/api/v1/batches/{BlobNames.Id(id)}";

    /// <summary>The result routes, by their key in <c>links</c>.</summary>
    public static readonly IReadOnlyList<(string Link, string Route)> ResultRoutes =
    [
        ("events", "events"), ("resultsCsv", "results.csv"), ("summaryJson", "summary.json"), ("summaryPdf", "summary.pdf"), ("reportsZip", "reports.zip"),
    ];

    public static BatchView Of(Batch batch, DateTimeOffset now, IReadOnlyList<BatchEntry>? entries = null)
    {
        var self = PathOf(batch.Id);
        var links = new Dictionary<string, string> { ["self"] = self };
        foreach (var (link, route) in ResultRoutes)
        {
            links[link] = $"{self}/{route}";
        }
        var ended = batch.Completed + batch.Failed;
        var elapsed = ((batch.FinishedAt ?? now) - (batch.StartedAt ?? now)).TotalMinutes;
        double? perMinute = ended > 0 && elapsed > 0 ? Math.Round(ended / elapsed, 1) : null;
        double? secondsLeft = batch.Status == BatchStatus.Completed ? 0
            : perMinute is > 0 ? Math.Round((batch.Total - ended) / perMinute.Value * 60) : null;
        return new BatchView(
            BlobNames.Id(batch.Id),
            NameOf(batch.Status),
            batch.Role,
            batch.Total,
            batch.Completed,
            batch.Failed,
            batch.Skipped,
            batch.Duplicates,
            batch.CreatedAt,
            batch.StartedAt,
            batch.FinishedAt,
            perMinute,
            secondsLeft,
            links,
            entries?.OrderBy(e => e.Index).Select(BatchEntryView.Of).ToList());
    }

    public static string NameOf(BatchStatus status) => status.ToString().ToLowerInvariant();
}

/// <param name="Name">Its path in the archive, or the file name as sent.</param>
/// <param name="Status"><c>refused</c> or <c>duplicate</c>.</param>
/// <param name="Code">Stable, for programs: <c>unsafe-path</c>, <c>symlink</c>, <c>nested-archive</c>, <c>encrypted</c>,
/// <c>too-large</c>, <c>batch-too-large</c>, <c>compression-ratio</c>, <c>unsupported-type</c>, <c>empty</c>, <c>corrupt</c>, <c>duplicate</c>.</param>
/// <param name="Message">A sentence for people.</param>
/// <param name="DuplicateOf">For a duplicate: the entry scanned in its place.</param>
public sealed record BatchEntryView(
    string Name,
    string Status,
    string Code,
    string Message,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DuplicateOf)
{
    public static BatchEntryView Of(BatchEntry entry) =>
        new(entry.Name, entry.Kind == BatchEntryKind.Duplicate ? "duplicate" : "refused", entry.Code, entry.Message, entry.DuplicateOf);
}
