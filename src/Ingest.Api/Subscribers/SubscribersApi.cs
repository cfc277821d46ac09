using Ingest.Api.Admin;
using Ingest.Api.Problems;
using Ingest.Api.Subscribers.Confirm;
using Ingest.Api.Subscribers.Digest;
using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Subscribe;
using Ingest.Api.Subscribers.Suppression;
using Ingest.Api.Subscribers.Unsubscribe;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers;

public static class SubscribersApi
{
    public const string RequestPolicy = "subscriber-requests";

    public static IEndpointRouteBuilder MapSubscribersApi(this IEndpointRouteBuilder app)
    {
        var subscribers = app.MapGroup("/api/v1/subscribers").WithTags("Subscribers");

        subscribers.MapPost("/", SubscribeToDigest.HandleAsync)
            .WithName("Subscribe")
            .WithSummary("Ask for the weekly résumé tips by mail")
            .WithDescription("JSON {\"email\", \"role\"} (a role id from /api/v1/roles; backend-developer when left out). " +
                             "Mails a confirmation link (double opt-in); the answer is 202 whether or not the address is on the list already.")
            .Produces<SubscribeAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RequestPolicy)
            .WithMetadata(new RateLimitRefusal("Too many requests",
                "This address asked for too many subscriptions in a short time; wait a few minutes and try again."));

        subscribers.MapGet("/confirm", ConfirmPage.HandleAsync)
            .WithName("ConfirmSubscriptionPage")
            .WithSummary("The link in the confirmation mail: a page with a button; opening it changes nothing")
            .WithDescription("Mail scanners open every link in a mail, so the link alone confirms nobody: the page's button POSTs to the same address. " +
                             "A page for people (Accept: text/html); JSON (status 'pending' or 'confirmed') or problem details otherwise.")
            .Produces<SubscriptionAnswer>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone);

        subscribers.MapPost("/confirm", ConfirmSubscription.HandleAsync)
            .WithName("ConfirmSubscription")
            .WithSummary("Confirm a subscription: the confirmation page's button, or a program posting the link directly")
            .WithDescription("The token in the query is the authority; no body is needed. Confirming again is harmless.")
            .Produces<SubscriptionAnswer>(StatusCodes.Status200OK, "application/json", "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone)
            .DisableAntiforgery();

        subscribers.MapGet("/unsubscribe", UnsubscribePage.HandleAsync)
            .WithName("UnsubscribePage")
            .WithSummary("A page with a button that unsubscribes (the visible link in every digest)")
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .Produces(StatusCodes.Status400BadRequest, contentType: "text/html");

        subscribers.MapPost("/unsubscribe", UnsubscribeOneClick.HandleAsync)
            .WithName("Unsubscribe")
            .WithSummary("One-click unsubscribe (RFC 8058): the token is the authority, the body List-Unsubscribe=One-Click is optional")
            .Produces<SubscriptionAnswer>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var admin = app.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (admin.Enabled)
        {
            app.MapPost("/api/v1/admin/digests/send", SendDigestNow.HandleAsync)
                .WithTags("Admin")
                .WithName("SendDigest")
                .WithSummary("Send the weekly digest now (admin key)")
                .WithDescription("The same run as the weekly Hangfire job, for this ISO week or ?week=YYYY-Www. " +
                                 "Subscribers who already had that week's issue get nothing more.")
                .Produces<DigestRunResult>(StatusCodes.Status200OK)
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .AddEndpointFilter(new AdminKeyFilter(admin.ApiKey!));

            app.MapGet("/api/v1/admin/digests/preview", PreviewDigest.HandleAsync)
                .WithTags("Admin")
                .WithName("PreviewDigest")
                .WithSummary("The week's issue for a role, as the mail's HTML (admin key)")
                .WithDescription("?role= a role id from /api/v1/roles (backend-developer when left out), ?week=YYYY-Www (this week when left out): " +
                                 "what a new subscriber of the role gets that week.")
                .Produces(StatusCodes.Status200OK, contentType: "text/html")
                .ProducesValidationProblem()
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .AddEndpointFilter(new AdminKeyFilter(admin.ApiKey!));

            app.MapGet("/api/v1/admin/subscribers/suppressed", ListSuppressed.HandleAsync)
                .WithTags("Admin")
                .WithName("ListSuppressedAddresses")
                .WithSummary("Addresses a mail server refused for good (5xx to RCPT): never mailed again (admin key)")
                .Produces<SuppressedList>(StatusCodes.Status200OK)
                .ProducesProblem(StatusCodes.Status401Unauthorized)
                .AddEndpointFilter(new AdminKeyFilter(admin.ApiKey!));
        }
        return app;
    }
}
