using Ingest.Data;

namespace Ingest.Api.Batches.Erase;

/// <summary><c>DELETE /api/v1/batches/{id}</c>: erases every scan in the batch, its files and the batch's personal data.</summary>
public static partial class DeleteBatch
{
    public static async Task<IResult> HandleAsync(
        Guid id, HttpContext context, IngestDbContext db, BatchErasure erasure, ILogger<BatchErasure> logger, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken, includeErased: true);
        if (batch is null)
        {
            return problem!;
        }
        if (await erasure.EraseAsync(id, cancellationToken))
        {
            LogErased(logger, id, batch.Total);
        }
        return TypedResults.NoContent();
    }

    [LoggerMessage(LogLevel.Information, "Erased batch {BatchId} and its {Total} scans on request")]
    private static partial void LogErased(ILogger logger, Guid batchId, int total);
}
