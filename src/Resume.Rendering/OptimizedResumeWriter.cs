using PdfSharp.Pdf;
using Resume.Fonts;
using Resume.Model;
using Resume.Rendering.Optimized;
using Resume.Rendering.Pdf;

namespace Resume.Rendering;

/// <summary>The ATS-friendly rewrite: the parsed content in the guide's single-column, reverse-chronological layout.</summary>
public sealed class OptimizedResumeWriter(RenderLimits? limits = null, PageFrame? page = null)
{
    public RenderLimits Limits { get; } = limits ?? RenderLimits.Default;
    public PageFrame Page { get; } = page ?? PageFrame.A4;

    public void WritePdf(ResumeDocument resume, GuideSummary guide, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfFonts.Register();
        var outline = ResumeOutlineBuilder.Build(resume, guide, Limits);
        var layout = OptimizedPdfLayout.Fit(outline, guide.RecommendedPages, Page, Limits.MaxResumePages);
        using var document = new PdfDocument();
        document.Info.Title = outline.Name == "Resume" ? "Resume" : $"{outline.Name} – Resume";
        document.Info.Author = outline.Name;
        document.Info.Creator = "Resume Pipeline";
        document.Options.CompressContentStreams = true;
        layout.Flow.WriteTo(document, (g, p, n) => layout.Decorate(g, p, n, Limits.MaxResumePages));
        document.Save(output, closeStream: false);
    }

    public void WriteDocx(ResumeDocument resume, GuideSummary guide, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        PdfFonts.Register();
        var outline = ResumeOutlineBuilder.Build(resume, guide, Limits);
        // The PDF layout decides how tight to set the text, so the Word file keeps to the same page count.
        var density = OptimizedPdfLayout.Fit(outline, guide.RecommendedPages, Page, Limits.MaxResumePages).Density;
        OptimizedDocxWriter.Write(outline, density, Page, output);
    }
}
