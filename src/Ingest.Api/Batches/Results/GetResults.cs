using Ingest.Data;
using Pipeline.Contracts;

namespace Ingest.Api.Batches.Results;

/// <summary><c>GET /api/v1/batches/{id}/results.csv</c>: a row per file, streamed as it is read (also while the batch runs).</summary>
public static class GetResults
{
    public static async Task<IResult> HandleAsync(Guid id, HttpContext context, IngestDbContext db, BatchRows rows, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        context.Response.Headers.CacheControl = "private, no-store";
        return TypedResults.Stream(
            output => ResultsCsv.WriteAsync(rows.ReadAsync(id, cancellationToken), output, cancellationToken),
            "text/csv; charset=utf-8",
            $"batch-{BlobNames.Id(id)}-results.csv");
    }
}
