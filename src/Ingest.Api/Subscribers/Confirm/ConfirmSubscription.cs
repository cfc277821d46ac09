using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers.Confirm;

/// <summary>
/// <c>POST /api/v1/subscribers/confirm?token=…</c>: the confirmation page's button, or a program posting directly.
/// The signed token is the authority; confirming again changes nothing and says the same.
/// </summary>
public static class ConfirmSubscription
{
    public static async Task<IResult> HandleAsync(
        string? token, HttpRequest request, IngestDbContext db, SubscriberTokens tokens, TimeProvider time, IOptions<SubscriberOptions> options,
        CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var lifetime = options.Value.ConfirmationLifetime;
        var (subscriber, refusal) = await ConfirmationLink.CheckAsync(token, request, db, tokens, now, lifetime, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (subscriber!.Status == SubscriberStatus.Confirmed)
        {
            return ConfirmationLink.Confirmed(request, subscriber.Role);
        }
        var changed = await db.Subscribers.Where(s => s.Id == subscriber.Id && s.Status == SubscriberStatus.Pending && s.RequestedAt == subscriber.RequestedAt)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, SubscriberStatus.Confirmed)
                .SetProperty(x => x.ConfirmedAt, now), cancellationToken);
        // Not changed: a second click raced this one (confirmed: fine), or the address unsubscribed or asked again meanwhile.
        return changed == 1 || await db.Subscribers.AnyAsync(s => s.Id == subscriber.Id && s.Status == SubscriberStatus.Confirmed, cancellationToken)
            ? ConfirmationLink.Confirmed(request, subscriber.Role)
            : ConfirmationLink.Expired(request, lifetime);
    }
}
