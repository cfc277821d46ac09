using System.Text;
using Pipeline.Storage;
using Resume.Model;
using Resume.Rendering;

namespace Pipeline.Stages.Rendering;

/// <summary>
/// The render stage's output, drawn in memory (a few hundred KiB per resume) before anything is stored. A résumé the
/// score stage could not read (<see cref="ScoreReport.Readable"/> false) gets its report and no rewrite: a rewrite of
/// no text would be a blank page offered for download.
/// </summary>
internal sealed record RenderedDocuments(byte[] ReportHtml, byte[] ReportPdf, byte[]? OptimizedPdf, byte[]? OptimizedDocx)
{
    public bool HasRewrite => OptimizedPdf is not null;

    public static RenderedDocuments Draw(ReportRenderer reports, OptimizedResumeWriter optimized, ResumeDocument resume, ScoreReport score) => new(
        Encoding.UTF8.GetBytes(reports.RenderHtml(resume, score)),
        Drawn(stream => reports.RenderPdf(resume, score, stream)),
        score.Readable ? Drawn(stream => optimized.WritePdf(resume, score.Guide, stream)) : null,
        score.Readable ? Drawn(stream => optimized.WriteDocx(resume, score.Guide, stream)) : null);

    /// <summary>
    /// One by one (the rewrite only when there is one), leaving out the ones <paramref name="stored"/> names: a
    /// redelivery after a crash part-way stores only what is missing, so a file once written (and perhaps already
    /// downloaded) is never replaced by a redrawn copy, which would differ (a PDF carries the time it was drawn).
    /// </summary>
    public async Task StoreAsync(IBlobStore blobs, RenderedFiles names, IReadOnlyCollection<string> stored, CancellationToken cancellationToken)
    {
        await Put(blobs, stored, names.ReportHtml, ReportHtml, "text/html; charset=utf-8", cancellationToken);
        await Put(blobs, stored, names.ReportPdf, ReportPdf, "application/pdf", cancellationToken);
        if (OptimizedPdf is not null && OptimizedDocx is not null)
        {
            await Put(blobs, stored, names.OptimizedPdf, OptimizedPdf, "application/pdf", cancellationToken);
            await Put(blobs, stored, names.OptimizedDocx, OptimizedDocx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", cancellationToken);
        }
    }

    private static async Task Put(IBlobStore blobs, IReadOnlyCollection<string> stored, string name, byte[] content, string contentType, CancellationToken cancellationToken)
    {
        if (stored.Contains(name))
        {
            return;
        }
        using var stream = new MemoryStream(content, writable: false);
        await blobs.PutAsync(name, stream, contentType, cancellationToken);
    }

    private static byte[] Drawn(Action<Stream> draw)
    {
        using var buffer = new MemoryStream();
        draw(buffer);
        return buffer.ToArray();
    }
}
