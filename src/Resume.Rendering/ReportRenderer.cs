using Resume.Model;
using Resume.Rendering.Pdf;
using Resume.Rendering.Report;

namespace Resume.Rendering;

/// <summary>The report people read: score, sub-scores, every check with evidence and fix, match, advice.</summary>
public sealed class ReportRenderer(RenderLimits? limits = null, PageFrame? page = null)
{
    public RenderLimits Limits { get; } = limits ?? RenderLimits.Default;
    public PageFrame Page { get; } = page ?? PageFrame.A4;

    public string RenderHtml(ResumeDocument resume, ScoreReport score) =>
        HtmlReportWriter.Write(ReportViewBuilder.Build(resume, score, Limits));

    public void RenderPdf(ResumeDocument resume, ScoreReport score, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfReportWriter.Write(ReportViewBuilder.Build(resume, score, Limits), Limits, Page, output);
    }
}
