using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers.Confirm;

/// <summary>
/// <c>GET /api/v1/subscribers/confirm?token=…</c>, the link in the confirmation mail: a page with a button that posts
/// back to the same address, which confirms. Opening the link changes nothing, so the scanners of mail providers, which
/// open every link in a mail, confirm nobody; only a person pressing the button does. Programs get the same as JSON.
/// </summary>
public static class ConfirmPage
{
    public const string Button = "Confirm my subscription";

    public static async Task<IResult> HandleAsync(
        string? token, HttpRequest request, IngestDbContext db, SubscriberTokens tokens, TimeProvider time, IOptions<SubscriberOptions> options,
        CancellationToken cancellationToken)
    {
        var (subscriber, refusal) = await ConfirmationLink.CheckAsync(token, request, db, tokens, time.GetUtcNow(), options.Value.ConfirmationLifetime, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }
        if (subscriber!.Status == SubscriberStatus.Confirmed)
        {
            return ConfirmationLink.Confirmed(request, subscriber.Role);
        }
        const string title = "Start the weekly tips?";
        var message = $"Press the button to get résumé tips for the {RoleTitle.Of(subscriber.Role)} role once a week. Nothing is sent until you do.";
        return MailLinkAnswer.WantsPage(request)
            ? MailLinkAnswer.Page(request.HttpContext.Response, StatusCodes.Status200OK, title, message, button: Button)
            : TypedResults.Ok(new SubscriptionAnswer("pending", "POST to this address to confirm the subscription."));
    }
}
