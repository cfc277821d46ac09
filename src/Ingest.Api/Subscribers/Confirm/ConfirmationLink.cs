using Ingest.Api.Problems;
using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Confirm;

/// <summary>
/// What a confirmation link stands for, checked the same way for the page (GET) and the button (POST): a valid token
/// whose subscriber is still waiting, or already confirmed; otherwise the answer that says why not. A link past its
/// lifetime, or from before the address unsubscribed or asked again, is refused with a page that says to subscribe again.
/// </summary>
public static class ConfirmationLink
{
    // Token and row times are taken on different machines' clocks and at different precisions.
    private static readonly TimeSpan ClockSlack = TimeSpan.FromSeconds(1);

    /// <returns>The subscriber the link confirms (pending or confirmed already), or the refusal to answer with.</returns>
    public static async Task<(Subscriber? Subscriber, IResult? Refusal)> CheckAsync(
        string? token, HttpRequest request, IngestDbContext db, SubscriberTokens tokens, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(token, TokenPurpose.Confirm, cancellationToken) is not { } link)
        {
            return (null, MailLinkAnswer.Refused(request, StatusCodes.Status400BadRequest, "This link is not valid",
                "The confirmation link is incomplete or was changed. Open it straight from the mail, or subscribe again on the scanner page.", ProblemTypes.InvalidToken));
        }
        var subscriber = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Id == link.SubscriberId, cancellationToken);
        if (subscriber is { Status: SubscriberStatus.Confirmed })
        {
            return (subscriber, null);
        }
        if (subscriber is not { Status: SubscriberStatus.Pending } || now - link.IssuedAt > lifetime || link.IssuedAt + ClockSlack < subscriber.RequestedAt)
        {
            return (null, Expired(request, lifetime));
        }
        return (subscriber, null);
    }

    public static IResult Expired(HttpRequest request, TimeSpan lifetime) =>
        MailLinkAnswer.Refused(request, StatusCodes.Status410Gone, "This link has expired",
            $"Confirmation links work for {lifetime.TotalHours:0} hours after they are sent. Subscribe again and a new one will be mailed to you.", ProblemTypes.ExpiredToken);

    public static IResult Confirmed(HttpRequest request, string role) =>
        MailLinkAnswer.Done(request, "confirmed", "You are subscribed",
            $"Résumé tips for the {RoleTitle.Of(role)} role will arrive once a week. Every mail has a link that stops them with one click.");
}
