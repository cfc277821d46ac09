using Ingest.Api.Admin;
using Ingest.Api.Problems;
using Ingest.Api.Subscribers.Confirm;
using Ingest.Api.Subscribers.Digest;
using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Subscribe;
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

        subscribers.MapGet("/confirm", ConfirmSubscription.HandleAsync)
            .WithName("ConfirmSubscription")
            .WithSummary("Confirm a subscription (the link in the confirmation mail)")
            .WithDescription("A page for people (Accept: text/html); JSON or problem details otherwise. Following the link again is harmless.")
            .Produces<SubscriptionAnswer>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status410Gone);

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
        }
        return app;
    }
}
