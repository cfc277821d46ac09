using Resume.Model;

namespace Resume.Rendering;

/// <summary>The ATS-friendly rewrite: the parsed content in the guide's single-column, reverse-chronological layout.</summary>
public sealed class OptimizedResumeWriter
{
    public void WritePdf(ResumeDocument resume, GuideSummary guide, Stream output) =>
        throw new NotSupportedException("The render stage is being built.");

    public void WriteDocx(ResumeDocument resume, GuideSummary guide, Stream output) =>
        throw new NotSupportedException("The render stage is being built.");
}
