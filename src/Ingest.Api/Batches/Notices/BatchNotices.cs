using Hangfire;
using Ingest.Api.Callbacks;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Batches.Notices;

/// <summary>
/// What a complete batch owes its tenant: one <c>batch.completed</c> callback (the callback machinery's row is unique
/// per subject and event, and it signs and retries the delivery) and one mail to its contact (a Hangfire job that claims
/// the batch). Safe to call again and again: from the completion, from a redelivered event after a crash, from the sweep.
/// </summary>
public sealed class BatchNotices(IngestDbContext db, CallbackRecorder callbacks, BatchLinks links, IBackgroundJobClient jobs, TimeProvider time)
{
    public async Task EnsureAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var batch = await db.Batches.AsNoTracking()
            .FirstOrDefaultAsync(b => b.Id == batchId && b.Status == BatchStatus.Completed && b.DeletedAt == null, cancellationToken);
        if (batch is null)
        {
            return;
        }
        if (batch.CallbackUrl is { } url
            && !await db.CallbackDeliveries.AnyAsync(d => d.SubjectId == batchId && d.Event == BatchCompletedEvent.Type, cancellationToken))
        {
            await callbacks.RecordAsync(batch.TenantId, batchId, url, BatchCompletedEvent.Type, BatchCompletedEvent.ToJson(batch, links), cancellationToken);
        }
        var now = time.GetUtcNow();
        if (batch.ContactEmail is not null && batch.MailedAt is null && (batch.MailLeaseUntil is null || batch.MailLeaseUntil < now))
        {
            jobs.Enqueue<BatchMailJob>(job => job.SendAsync(batchId, CancellationToken.None));
        }
    }
}
