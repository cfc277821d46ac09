namespace Pipeline.Stages.Rendering;

/// <summary>The render stage's four blob names.</summary>
internal sealed record RenderedFiles(string ReportHtml, string ReportPdf, string OptimizedPdf, string OptimizedDocx)
{
    public IEnumerable<string> All => [ReportHtml, ReportPdf, OptimizedPdf, OptimizedDocx];
}
