using Hangfire;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Batches.Notices;

/// <summary>
/// What a complete batch owes its tenant: one mail to its contact (a Hangfire job that claims the batch, so it goes
/// once). Safe to call again and again: from the completion, from a redelivered event after a crash, from the sweep.
/// </summary>
public sealed class BatchNotices(IngestDbContext db, IBackgroundJobClient jobs, TimeProvider time)
{
    public async Task EnsureAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var owesMail = await db.Batches.AsNoTracking().AnyAsync(b => b.Id == batchId && b.Status == BatchStatus.Completed && b.DeletedAt == null
            && b.ContactEmail != null && b.MailedAt == null && (b.MailLeaseUntil == null || b.MailLeaseUntil < now), cancellationToken);
        if (owesMail)
        {
            jobs.Enqueue<BatchMailJob>(job => job.SendAsync(batchId, CancellationToken.None));
        }
    }
}
