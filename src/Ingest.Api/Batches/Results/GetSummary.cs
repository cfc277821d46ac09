using Ingest.Data;
using Pipeline.Contracts;
using Resume.Rendering;

namespace Ingest.Api.Batches.Results;

/// <summary><c>GET /api/v1/batches/{id}/summary.json</c> and <c>/summary.pdf</c>: the figures a career centre acts on.</summary>
public static class GetSummary
{
    public static async Task<IResult> JsonAsync(Guid id, HttpContext context, IngestDbContext db, BatchSummaries summaries, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Ok(await summaries.GetAsync(batch, cancellationToken));
    }

    public static async Task<IResult> PdfAsync(
        Guid id, HttpContext context, IngestDbContext db, BatchSummaries summaries, BatchSummaryRenderer renderer, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        var summary = await summaries.GetAsync(batch, cancellationToken);
        using var pdf = new MemoryStream();
        renderer.RenderPdf(summary, pdf);
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.File(pdf.ToArray(), "application/pdf", $"batch-{BlobNames.Id(id)}-summary.pdf");
    }
}
