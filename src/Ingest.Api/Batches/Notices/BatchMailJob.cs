using Hangfire;
using Ingest.Api.Batches.Results;
using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches.Notices;

/// <summary>
/// A Hangfire job: mails a complete batch's contact once. It claims the batch with a lease (so the job the completion
/// enqueued and one the sweep enqueued never mail together), sends, and records when; a send that fails lets the
/// lease go and is tried again by Hangfire.
/// </summary>
public sealed partial class BatchMailJob(
    IngestDbContext db, BatchSummaries summaries, IMailSender mail, BatchLinks links, IOptions<SmtpOptions> smtp, MailMetrics metrics,
    TimeProvider time, ILogger<BatchMailJob> logger)
{
    /// <summary>Long enough for one send with room to record it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    [AutomaticRetry(Attempts = 6)]
    public async Task SendAsync(Guid batchId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claimed = await db.Batches
            .Where(b => b.Id == batchId && b.Status == BatchStatus.Completed && b.DeletedAt == null && b.ContactEmail != null && b.MailedAt == null
                        && (b.MailLeaseUntil == null || b.MailLeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.MailLeaseUntil, now + Lease), cancellationToken);
        if (claimed == 0)
        {
            return;
        }
        var row = db.Batches.Where(b => b.Id == batchId);
        try
        {
            var batch = await db.Batches.AsNoTracking().SingleAsync(b => b.Id == batchId, cancellationToken);
            var summary = await summaries.GetAsync(batch, cancellationToken);
            await mail.SendAsync(BatchCompletionMail.Build(smtp.Value.Sender, batch, summary, links), cancellationToken);
        }
        catch (RecipientRejectedException rejected)
        {
            // Refused for good: another try would not reach the address either. The mail counts as handled.
            metrics.Suppressed(MailMetrics.BatchCompleted);
            LogRejected(logger, batchId, rejected.StatusCode, rejected.Reply);
            await row.ExecuteUpdateAsync(s => s
                .SetProperty(b => b.MailedAt, time.GetUtcNow())
                .SetProperty(b => b.MailLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.Failed(MailMetrics.BatchCompleted);
            await row.ExecuteUpdateAsync(s => s.SetProperty(b => b.MailLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
            throw;
        }
        await row.ExecuteUpdateAsync(s => s
            .SetProperty(b => b.MailedAt, time.GetUtcNow())
            .SetProperty(b => b.MailLeaseUntil, (DateTimeOffset?)null), CancellationToken.None);
        metrics.Sent(MailMetrics.BatchCompleted);
        LogMailed(logger, batchId);
    }

    [LoggerMessage(LogLevel.Information, "Mailed the completion of batch {BatchId} to its contact")]
    private static partial void LogMailed(ILogger logger, Guid batchId);

    [LoggerMessage(LogLevel.Warning, "The mail server refused the contact of batch {BatchId} for good ({StatusCode}: {Reply}); not mailed")]
    private static partial void LogRejected(ILogger logger, Guid batchId, int statusCode, string reply);
}
