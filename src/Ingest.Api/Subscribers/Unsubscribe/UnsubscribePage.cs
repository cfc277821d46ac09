using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;

namespace Ingest.Api.Subscribers.Unsubscribe;

/// <summary>
/// <c>GET /api/v1/subscribers/unsubscribe?token=…</c>, the visible link in a digest: a page whose button posts the
/// one-click request. Opening it changes nothing, so link scanners that fetch every URL in a mail unsubscribe nobody.
/// </summary>
public static class UnsubscribePage
{
    public static async Task<IResult> HandleAsync(string? token, HttpRequest request, IngestDbContext db, SubscriberTokens tokens, CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(token, TokenPurpose.Unsubscribe, cancellationToken) is not { } link)
        {
            return MailLinkAnswer.Page(request.HttpContext.Response, StatusCodes.Status400BadRequest, "This link is not valid",
                "The unsubscribe link is incomplete or was changed. Open it straight from one of the tips mails.");
        }
        var subscribed = await db.Subscribers.AnyAsync(s => s.Id == link.SubscriberId && s.Status != SubscriberStatus.Unsubscribed, cancellationToken);
        return subscribed
            ? MailLinkAnswer.Page(request.HttpContext.Response, StatusCodes.Status200OK, "Stop the weekly tips?",
                "One click and no more résumé tips are mailed to you.", button: "Unsubscribe", field: ("List-Unsubscribe", "One-Click"))
            : MailLinkAnswer.Page(request.HttpContext.Response, StatusCodes.Status200OK, "You are unsubscribed",
                "No more tips are mailed to this address.");
    }
}
