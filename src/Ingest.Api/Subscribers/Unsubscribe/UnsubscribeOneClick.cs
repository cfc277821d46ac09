using Ingest.Api.Problems;
using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers.Unsubscribe;

/// <summary>
/// <c>POST /api/v1/subscribers/unsubscribe?token=…</c>: RFC 8058 one-click unsubscribe, as mail programs send it
/// (body <c>List-Unsubscribe=One-Click</c>) and as the page's button sends it. The signed token is the authority, so
/// no login and no body are needed; the next digest already skips the address. Repeating it is harmless, and so is a
/// token whose address was erased since.
/// </summary>
public static class UnsubscribeOneClick
{
    public static async Task<IResult> HandleAsync(
        string? token,
        HttpRequest request,
        IngestDbContext db,
        SubscriberTokens tokens,
        TimeProvider time,
        IOptions<SubscriberOptions> options,
        CancellationToken cancellationToken)
    {
        if (await tokens.ReadAsync(token, TokenPurpose.Unsubscribe, cancellationToken) is not { } link)
        {
            return InvalidLink(request);
        }
        var now = time.GetUtcNow();
        await db.Subscribers.Where(s => s.Id == link.SubscriberId && s.Status != SubscriberStatus.Unsubscribed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.Status, SubscriberStatus.Unsubscribed)
                .SetProperty(x => x.UnsubscribedAt, now), cancellationToken);
        return MailLinkAnswer.Done(request, "unsubscribed", "You are unsubscribed",
            $"No more tips will be mailed to you. Your address is deleted within {options.Value.UnsubscribedRetention.TotalDays:0} days.");
    }

    public static IResult InvalidLink(HttpRequest request) =>
        MailLinkAnswer.Refused(request, StatusCodes.Status400BadRequest, "This link is not valid",
            "The unsubscribe link is incomplete or was changed. Open it straight from one of the tips mails.", ProblemTypes.InvalidToken);
}
