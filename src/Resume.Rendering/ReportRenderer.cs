using Resume.Model;

namespace Resume.Rendering;

/// <summary>The report people read: score, sub-scores, every check with evidence and fix, match, advice.</summary>
public sealed class ReportRenderer
{
    public string RenderHtml(ResumeDocument resume, ScoreReport score) =>
        throw new NotSupportedException("The render stage is being built.");

    public void RenderPdf(ResumeDocument resume, ScoreReport score, Stream output) =>
        throw new NotSupportedException("The render stage is being built.");
}
