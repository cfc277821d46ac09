using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers.Confirm;

/// <summary>
/// <c>GET /api/v1/subscribers/confirm?token=…</c>, the link in the confirmation mail. Following it again changes
/// nothing and says the same. A link past its lifetime, or from before the address unsubscribed, is refused with a
/// page that says to subscribe again.
/// </summary>
public static class ConfirmSubscription
{
    // Token and row times are taken on different machines' clocks and at different precisions.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(1);

    public static async Task<IResult> HandleAsync(
        string? token,
        HttpRequest request,
        IngestDbContext db,
        SubscriberTokens tokens,
        TimeProvider time,
        IOptions<SubscriberOptions> options,
        CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(token, TokenPurpose.Confirm, cancellationToken) is not { } link)
        {
            return MailLinkAnswer.Refused(request, StatusCodes.Status400BadRequest, "This link is not valid",
                "The confirmation link is incomplete or was changed. Open it straight from the mail, or subscribe again on the scanner page.", "invalid-token");
        }
        var lifetime = options.Value.ConfirmationLifetime;
        var expired = MailLinkAnswer.Refused(request, StatusCodes.Status410Gone, "This link has expired",
            $"Confirmation links work for {lifetime.TotalHours:0} hours after they are sent. Subscribe again and a new one will be mailed to you.", "expired-token");

        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == link.SubscriberId, cancellationToken);
        if (subscriber is null)
        {
            return expired;
        }
        if (subscriber.Status == SubscriberStatus.Confirmed)
        {
            return Confirmed(request, subscriber.Role);
        }
        var now = time.GetUtcNow();
        if (subscriber.Status != SubscriberStatus.Pending || now - link.IssuedAt > lifetime || link.IssuedAt + ClockSlack < subscriber.RequestedAt)
        {
            return expired;
        }
        var changed = await db.Subscribers.Where(s => s.Id == subscriber.Id && s.Status == SubscriberStatus.Pending && s.RequestedAt == subscriber.RequestedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, SubscriberStatus.Confirmed)
                .SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        // Not changed: a second click raced this one (confirmed: fine), or the address unsubscribed or asked again meanwhile.
        return changed == 1 || await db.Subscribers.AnyAsync(s => s.Id == subscriber.Id && s.Status == SubscriberStatus.Confirmed, cancellationToken)
            ? Confirmed(request, subscriber.Role)
            : expired;
    }

    private static IResult Confirmed(HttpRequest request, string role) =>
        MailLinkAnswer.Done(request, "confirmed", "You are subscribed",
            $"Résumé tips for the {RoleTitle.Of(role)} role will arrive once a week. Every mail has a link that stops them with one click.");
}
