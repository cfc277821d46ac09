using Resume.Model;
using Resume.Rendering.Batch;
using Resume.Rendering.Pdf;

namespace Resume.Rendering;

/// <summary>A batch's summary as a PDF for a career centre's staff: the figures, the score spread as a bar chart, what to work on.</summary>
public sealed class BatchSummaryRenderer(PageFrame? page = null)
{
    public PageFrame Page { get; } = page ?? PageFrame.A4;

    public void RenderPdf(BatchSummary summary, Stream output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        BatchSummaryPdfWriter.Write(summary, Page, output);
    }
}
