using Hangfire;
using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
using Ingest.Api.Subscribers.Suppression;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers.Subscribe;

/// <summary>
/// A Hangfire job: mails the confirmation link, unless the address was confirmed or erased in the meantime. An address
/// the mail server refuses for good is suppressed, not tried again.
/// </summary>
public sealed class ConfirmationMailJob(
    IngestDbContext db, IMailSender mail, SubscriberTokens tokens, SubscriberLinks links, IOptions<SmtpOptions> smtp,
    IOptions<SubscriberOptions> options, MailMetrics metrics, AddressSuppression suppression, TimeProvider time)
{
    [AutomaticRetry(Attempts = 6)]
    public async Task SendAsync(Guid subscriberId, CancellationToken cancellationToken)
    {
        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == subscriberId, cancellationToken);
        if (subscriber is not { Status: SubscriberStatus.Pending })
        {
            return;
        }
        // Issued now, as the mail goes: the link's lifetime starts when the person can first see it.
        var token = await tokens.IssueAsync(TokenPurpose.Confirm, subscriber.Id, time.GetUtcNow(), cancellationToken);
        var message = ConfirmationMail.Build(smtp.Value.Sender, subscriber.Email, RoleTitle.Of(subscriber.Role), links.Confirm(token), options.Value.ConfirmationLifetime);
        try
        {
            await mail.SendAsync(message, cancellationToken);
        }
        catch (RecipientRejectedException rejected)
        {
            await suppression.SuppressAsync(subscriber.Id, rejected, MailMetrics.Confirmation, cancellationToken);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Counted, then left to Hangfire, which runs the job again later.
            metrics.Failed(MailMetrics.Confirmation);
            throw;
        }
        metrics.Sent(MailMetrics.Confirmation);
    }
}
