using Ingest.Data.Scans;
using Pipeline.Contracts;

namespace Ingest.Api.Scans;

/// <summary>A file a scan produces: its route name, its key in <c>links</c>, where it is stored, and from which status on it exists.</summary>
public sealed record ScanResultFile(string Route, string Link, Func<Guid, string> Blob, string ContentType, ScanStatus ReadyAt, string? DownloadName)
{
    public static readonly IReadOnlyList<ScanResultFile> All =
    [
        new("resume.json", "resume", BlobNames.Parsed, "application/json; charset=utf-8", ScanStatus.Parsed, null),
        new("score.json", "score", BlobNames.Score, "application/json; charset=utf-8", ScanStatus.Scored, null),
        new("report.html", "reportHtml", BlobNames.ReportHtml, "text/html; charset=utf-8", ScanStatus.Completed, null),
        new("report.pdf", "reportPdf", BlobNames.ReportPdf, "application/pdf", ScanStatus.Completed, "ats-report.pdf"),
        new("optimized.pdf", "optimizedPdf", BlobNames.OptimizedPdf, "application/pdf", ScanStatus.Completed, "optimized-resume.pdf"),
        new("optimized.docx", "optimizedDocx", BlobNames.OptimizedDocx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ScanStatus.Completed, "optimized-resume.docx"),
    ];

    /// <summary>Whether the scan got far enough to have written this file (a failed scan keeps what its earlier stages made).</summary>
    public bool IsReadyFor(Scan scan) => ScanProgress.Reached(scan) >= ReadyAt;
}
