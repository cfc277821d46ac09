using Hangfire;
using Ingest.Api.Hosting;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// A Hangfire recurring job that makes sure no callback is lost: it records the callbacks of finished tenant scans that
/// have none (the process died between the status update and the record), and enqueues deliveries overdue by more
/// than <see cref="CallbackOptions.SweepGrace"/> (their job was lost: in-memory Hangfire storage and a restart, or a
/// crash between the record and the enqueue). Deliveries finished longer ago than the retention period are removed.
/// </summary>
public sealed partial class CallbackSweep(
    IngestDbContext db, CallbackRecorder recorder, IBackgroundJobClient jobs, TimeProvider time, IOptions<CallbackOptions> options,
    IOptions<IngestOptions> ingest, ILogger<CallbackSweep> logger)
{
    private const int BatchSize = 100;

    /// <summary>
    /// How far back to look for unrecorded callbacks. The sweep runs every minute, so a gap is found within minutes;
    /// the bound keeps each run to recent scans (the status and date index) instead of every tenant scan ever made.
    /// It never reaches past the retention period, after which finished deliveries are removed (and must not be made again).
    /// </summary>
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(7);

    /// <summary>Returns how many callbacks it recorded and how many deliveries it enqueued again.</summary>
    public async Task<(int Recorded, int Restarted)> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.SweepGrace;
        var since = now - (ingest.Value.Retention < Lookback ? ingest.Value.Retention : Lookback);

        var unrecorded = await db.Scans.AsNoTracking()
            .Where(s => s.TenantId != null && s.CallbackUrl != null && s.Status >= ScanStatus.Completed && s.DeletedAt == null
                        && s.UpdatedAt <= cutoff && s.UpdatedAt > since
                        && !db.CallbackDeliveries.Any(d => d.SubjectId == s.Id))
            .OrderBy(s => s.UpdatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var recorded = 0;
        foreach (var scan in unrecorded)
        {
            if (await recorder.RecordAsync(scan, cancellationToken))
            {
                recorded++;
            }
        }

        var overdue = await db.CallbackDeliveries.AsNoTracking()
            .Where(d => d.DeliveredAt == null && d.GaveUpAt == null && d.NextAttemptAt <= cutoff && (d.LeaseUntil == null || d.LeaseUntil < now))
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => d.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var id in overdue)
        {
            jobs.Enqueue<CallbackDeliveryJob>(job => job.RunAsync(id, CancellationToken.None));
        }

        var expired = now - ingest.Value.Retention;
        await db.CallbackDeliveries
            .Where(d => (d.DeliveredAt != null && d.DeliveredAt < expired) || (d.GaveUpAt != null && d.GaveUpAt < expired))
            .ExecuteDeleteAsync(cancellationToken);
        if (recorded + overdue.Count > 0)
        {
            LogSwept(logger, recorded, overdue.Count);
        }
        return (recorded, overdue.Count);
    }

    [LoggerMessage(LogLevel.Warning, "Callback sweep recorded {Recorded} missing callbacks and restarted {Restarted} overdue deliveries")]
    private static partial void LogSwept(ILogger logger, int recorded, int restarted);
}
