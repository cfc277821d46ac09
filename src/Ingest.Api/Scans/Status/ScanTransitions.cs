using Ingest.Api.Monitoring;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Scans.Status;

/// <summary>
/// Moves a scan's status forward, each as one conditional UPDATE: it changes the row only when the scan is behind the
/// new status, so a repeated or late event changes nothing and two consumers racing cannot move it backwards.
/// Each returns whether it changed the scan.
/// </summary>
public sealed class ScanTransitions(IngestDbContext db, TimeProvider time, ScanMetrics metrics)
{
    public Task<bool> ParsedAsync(Guid id, CancellationToken cancellationToken) =>
        ForwardStatusUpdate.RunAsync(db, id, ScanStatus.Parsed, time.GetUtcNow(), score: null, cancellationToken);

    public Task<bool> ScoredAsync(Guid id, int score, CancellationToken cancellationToken) =>
        ForwardStatusUpdate.RunAsync(db, id, ScanStatus.Scored, time.GetUtcNow(), score, cancellationToken);

    /// <param name="rewritten">False when the render stage made no rewrite (the file had no text): its links and routes then say so.</param>
    public async Task<bool> CompletedAsync(Guid id, int score, bool rewritten, CancellationToken cancellationToken)
    {
        var ended = await ForwardStatusUpdate.RunAsync(db, id, ScanStatus.Completed, time.GetUtcNow(), score, cancellationToken, noRewrite: !rewritten);
        if (ended)
        {
            metrics.Completed();
        }
        return ended;
    }

    /// <summary>Fails a scan that has not finished; a completed or failed scan stays as it is.</summary>
    public async Task<bool> FailedAsync(Guid id, string stage, string code, string message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var text = message.Length > Scan.FailureMessageLength ? message[..Scan.FailureMessageLength] : message;
        var ended = await Live(id, ScanStatus.Completed).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Status, ScanStatus.Failed)
            .SetProperty(x => x.FailureStage, stage)
            .SetProperty(x => x.FailureCode, code)
            .SetProperty(x => x.FailureMessage, text)
            .SetProperty(x => x.UpdatedAt, now)
            .SetProperty(x => x.CompletedAt, now), cancellationToken) > 0;
        if (ended)
        {
            metrics.Failed(stage, code);
        }
        return ended;
    }

    public Task<bool> IsDeletedAsync(Guid id, CancellationToken cancellationToken) =>
        db.Scans.AnyAsync(s => s.Id == id && s.DeletedAt != null, cancellationToken);

    /// <summary>The scan, if it is not deleted and still behind <paramref name="target"/>.</summary>
    private IQueryable<Scan> Live(Guid id, ScanStatus target) =>
        db.Scans.Where(s => s.Id == id && s.DeletedAt == null && s.Status < target);
}
