using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Suppression;

/// <summary>
/// Stops all mail to an address a mail server refused for good (a 5xx to <c>RCPT TO</c>): the subscriber becomes
/// <see cref="SubscriberStatus.Suppressed"/>, which no digest or confirmation mail goes to, and a new subscription
/// request for it changes nothing. An administrator sees the list (<c>GET /api/v1/admin/subscribers/suppressed</c>).
/// </summary>
public sealed partial class AddressSuppression(IngestDbContext db, TimeProvider time, MailMetrics metrics, ILogger<AddressSuppression> logger)
{
    public async Task SuppressAsync(Guid subscriberId, RecipientRejectedException rejection, string mailKind, CancellationToken cancellationToken)
    {
        var reason = $"{rejection.StatusCode} {rejection.Reply}".Trim();
        reason = reason.Length > Subscriber.SuppressionReasonLength ? reason[..Subscriber.SuppressionReasonLength] : reason;
        var now = time.GetUtcNow();
        var changed = await db.Subscribers.Where(s => s.Id == subscriberId && s.Status != SubscriberStatus.Suppressed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, SubscriberStatus.Suppressed)
                .SetProperty(x => x.SuppressedAt, now)
                .SetProperty(x => x.SuppressionReason, reason), cancellationToken);
        if (changed > 0)
        {
            metrics.Suppressed(mailKind);
            LogSuppressed(logger, subscriberId, reason);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Subscriber {SubscriberId} suppressed: the mail server refused the address for good ({Reason})")]
    private static partial void LogSuppressed(ILogger logger, Guid subscriberId, string reason);
}
