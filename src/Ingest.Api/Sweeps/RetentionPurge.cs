using Ingest.Api.Batches.Erase;
using Ingest.Api.Hosting;
using Ingest.Api.Scans.Erase;
using Ingest.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Sweeps;

/// <summary>
/// A Hangfire recurring job: resumes are personal data, kept only for <see cref="IngestOptions.Retention"/>. Every scan
/// uploaded longer ago than that is erased as a deletion request would erase it (files and personal fields; the row
/// stays, so its link says the scan was deleted), and so is every batch (its entries' names, its contact).
/// </summary>
public sealed partial class RetentionPurge(
    IngestDbContext db, ScanErasure erasure, BatchErasure batches, TimeProvider time, IOptions<IngestOptions> options, ILogger<RetentionPurge> logger)
{
    private const int BatchSize = 100;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        var erased = 0;
        while (true)
        {
            var due = await db.Scans
                .Where(s => s.DeletedAt == null && s.CreatedAt < cutoff)
                .OrderBy(s => s.CreatedAt)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var scan in due)
            {
                await erasure.EraseAsync(scan, cancellationToken);
                erased++;
            }
            if (due.Count < BatchSize)
            {
                break;
            }
            // Erased rows are done with: a purge of many thousands keeps one batch in memory, not all of them.
            db.ChangeTracker.Clear();
        }
        var expiredBatches = await db.Batches.AsNoTracking()
            .Where(b => b.DeletedAt == null && b.CreatedAt < cutoff)
            .Select(b => b.Id)
            .ToListAsync(cancellationToken);
        foreach (var batchId in expiredBatches)
        {
            await batches.EraseAsync(batchId, cancellationToken);
        }
        if (erased + expiredBatches.Count > 0)
        {
            LogPurged(logger, erased, expiredBatches.Count, options.Value.Retention.TotalDays);
        }
        return erased;
    }

    [LoggerMessage(LogLevel.Information, "Erased {Count} scans and {Batches} batches uploaded more than {Days:0.#} days ago")]
    private static partial void LogPurged(ILogger logger, int count, int batches, double days);
}
