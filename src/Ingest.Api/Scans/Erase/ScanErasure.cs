using Ingest.Api.Batches.Progress;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Storage;

namespace Ingest.Api.Scans.Erase;

/// <summary>
/// Erases a scan's files and every personal field, for a person who asks and for the retention purge alike. The row
/// keeps its id, status and dates so the API can say the scan was deleted. A batch scan erased before it ended counts
/// as ended for its batch, which would otherwise wait for it.
/// </summary>
public sealed class ScanErasure(IngestDbContext db, IBlobStore blobs, BatchProgress batches, TimeProvider time)
{
    /// <summary>Deletes the files again even when the row was erased before (a late stage may have written some).</summary>
    public async Task<bool> EraseAsync(Scan scan, CancellationToken cancellationToken)
    {
        await blobs.DeleteScanAsync(scan.Id, cancellationToken);
        if (scan.DeletedAt is not null)
        {
            return false;
        }
        await using var transaction = scan.BatchId is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        var batchCompleted = await batches.ScanErasedAsync(scan, cancellationToken);
        scan.DeletedAt = time.GetUtcNow();
        scan.FileName = null;
        scan.EntryName = null;
        scan.ContentSha256 = null;
        scan.IdempotencyKey = null;
        scan.RequestFingerprint = null;
        scan.Score = null;
        scan.FailureMessage = null;
        scan.HasJobDescription = false;
        // An announcement not yet sent would only make a stage look for files that are gone.
        await db.Outbox.Where(m => m.ScanId == scan.Id && m.SentAt == null).ExecuteDeleteAsync(cancellationToken);
        // What the digest knew of the candidate (a keyed hash of the address, the score) goes with the rest.
        await db.CandidateScans.Where(c => c.ScanId == scan.Id).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }
        if (batchCompleted)
        {
            await batches.FinishedAsync(scan.BatchId!.Value, completedNow: true, cancellationToken);
        }
        return true;
    }
}
