namespace Pipeline.Contracts;

/// <summary>Where each of a scan's files lives in the blob store; the one place these names are spelled.</summary>
public static class BlobNames
{
    public static string Upload(Guid scanId) => $"uploads/{Id(scanId)}";
    public static string JobDescription(Guid scanId) => $"jobs/{Id(scanId)}.txt";
    public static string Parsed(Guid scanId) => $"parsed/{Id(scanId)}.json";
    public static string Score(Guid scanId) => $"scores/{Id(scanId)}.json";
    public static string ReportHtml(Guid scanId) => $"reports/{Id(scanId)}.html";
    public static string ReportPdf(Guid scanId) => $"reports/{Id(scanId)}.pdf";
    public static string OptimizedPdf(Guid scanId) => $"optimized/{Id(scanId)}.pdf";
    public static string OptimizedDocx(Guid scanId) => $"optimized/{Id(scanId)}.docx";

    /// <summary>Every blob a scan can have: what erasing a scan removes.</summary>
    public static IReadOnlyList<string> All(Guid scanId) =>
    [
        Upload(scanId), JobDescription(scanId), Parsed(scanId), Score(scanId),
        ReportHtml(scanId), ReportPdf(scanId), OptimizedPdf(scanId), OptimizedDocx(scanId),
    ];

    /// <summary>The form ids take in URLs and blob names: 32 lowercase hex digits.</summary>
    public static string Id(Guid scanId) => scanId.ToString("N");
}
