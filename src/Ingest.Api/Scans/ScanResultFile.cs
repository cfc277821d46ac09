using Ingest.Data.Scans;
using Pipeline.Contracts;

namespace Ingest.Api.Scans;

/// <summary>A file a scan produces: its route name, its key in <c>links</c>, where it is stored, and from which status on it exists.</summary>
/// <param name="DownloadName">For files people save: the end of the name, after the person's own (<c>Zoe-Nguyen-Aberg-resume.pdf</c>).</param>
/// <param name="IsRewrite">The ATS-friendly rewrite, which a résumé with no text does not get.</param>
public sealed record ScanResultFile(string Route, string Link, Func<Guid, string> Blob, string ContentType, ScanStatus ReadyAt, string? DownloadName, bool IsRewrite = false)
{
    public static readonly IReadOnlyList<ScanResultFile> All =
    [
        new("resume.json", "resume", BlobNames.Parsed, "application/json; charset=utf-8", ScanStatus.Parsed, null),
        new("score.json", "score", BlobNames.Score, "application/json; charset=utf-8", ScanStatus.Scored, null),
        new("report.html", "reportHtml", BlobNames.ReportHtml, "text/html; charset=utf-8", ScanStatus.Completed, null),
        new("report.pdf", "reportPdf", BlobNames.ReportPdf, "application/pdf", ScanStatus.Completed, "ats-report.pdf"),
        new("optimized.pdf", "optimizedPdf", BlobNames.OptimizedPdf, "application/pdf", ScanStatus.Completed, "resume.pdf", IsRewrite: true),
        new("optimized.docx", "optimizedDocx", BlobNames.OptimizedDocx,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", ScanStatus.Completed, "resume.docx", IsRewrite: true),
    ];

    /// <summary>Whether the scan got far enough to have written this file (a failed scan keeps what its earlier stages made).</summary>
    public bool IsReadyFor(Scan scan) => ScanProgress.Reached(scan) >= ReadyAt && !IsWithheldFrom(scan);

    /// <summary>The rewrite of a scan that completed without one: the file had no text to rewrite.</summary>
    public bool IsWithheldFrom(Scan scan) => IsRewrite && scan.NoRewrite && scan.Status == ScanStatus.Completed;
}
