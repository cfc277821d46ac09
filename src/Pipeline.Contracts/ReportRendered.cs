namespace Pipeline.Contracts;

/// <summary>The render stage wrote the report (HTML, PDF) and the optimized resume (PDF, DOCX): the scan is complete.</summary>
/// <param name="Score">The score again, so a completion that overtakes <see cref="ResumeScored"/> still carries it.</param>
/// <param name="OptimizedPdfBlob">Null, with <paramref name="OptimizedDocxBlob"/>, when no rewrite was made: the file had no text to rewrite.</param>
public sealed record ReportRendered(
    Guid ScanId,
    int Score,
    string ReportHtmlBlob,
    string ReportPdfBlob,
    string? OptimizedPdfBlob,
    string? OptimizedDocxBlob,
    int Attempt,
    Lane Lane = Lane.Interactive);
