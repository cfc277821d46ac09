using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Ingest.Api.Batches.Erase;

/// <summary>
/// Erases a batch as a scan's <c>DELETE</c> erases a scan, for every scan in it at once: first the rows (personal fields
/// of each scan, the entries' names, the batch's contact and source; unsent announcements dropped; scans still waiting
/// are never released), so any stage event that arrives later erases what that stage wrote; then the files. The rows
/// keep ids, counts and dates, so the API can say the batch was deleted. A second erasure deletes the files again.
/// </summary>
public sealed class BatchErasure(IngestDbContext db, IBlobStore blobs, TimeProvider time)
{
    private const int ParallelDeletes = 8;

    /// <summary>Returns whether the batch was erased now (false: it had been erased before; its files were deleted again).</summary>
    public async Task<bool> EraseAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var erasedNow = false;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            erasedNow = await db.Batches.Where(b => b.Id == batchId && b.DeletedAt == null).ExecuteUpdateAsync(s => s
                .SetProperty(b => b.DeletedAt, now)
                .SetProperty(b => b.ContactEmail, (string?)null)
                .SetProperty(b => b.SourceName, (string?)null)
                .SetProperty(b => b.IdempotencyKey, (string?)null)
                .SetProperty(b => b.RequestFingerprint, (string?)null)
                .SetProperty(b => b.SummaryJson, (string?)null)
                .SetProperty(b => b.HasJobDescription, false), cancellationToken) > 0;
            if (erasedNow)
            {
                await db.Outbox.Where(m => m.SentAt == null && db.Scans.Any(s => s.Id == m.ScanId && s.BatchId == batchId)).ExecuteDeleteAsync(cancellationToken);
                await db.Scans.Where(s => s.BatchId == batchId && s.DeletedAt == null).ExecuteUpdateAsync(s => s
                    .SetProperty(x => x.DeletedAt, now)
                    .SetProperty(x => x.FileName, (string?)null)
                    .SetProperty(x => x.EntryName, (string?)null)
                    .SetProperty(x => x.ContentSha256, (string?)null)
                    .SetProperty(x => x.Score, (int?)null)
                    .SetProperty(x => x.FailureMessage, (string?)null)
                    .SetProperty(x => x.HasJobDescription, false), cancellationToken);
                await db.BatchEntries.Where(e => e.BatchId == batchId).ExecuteDeleteAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }

        var scans = await db.Scans.AsNoTracking().Where(s => s.BatchId == batchId).Select(s => s.Id).ToListAsync(cancellationToken);
        await Parallel.ForEachAsync(scans, new ParallelOptions { MaxDegreeOfParallelism = ParallelDeletes, CancellationToken = cancellationToken },
            async (scanId, token) => await blobs.DeleteScanAsync(scanId, token));
        await blobs.DeleteAsync(BlobNames.JobDescription(batchId), cancellationToken);
        return erasedNow;
    }
}
