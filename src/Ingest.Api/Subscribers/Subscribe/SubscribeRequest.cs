namespace Ingest.Api.Subscribers.Subscribe;

/// <param name="Email">Where the tips go.</param>
/// <param name="Role">A role guide id from <c>GET /api/v1/roles</c>; <c>backend-developer</c> when left out.</param>
public sealed record SubscribeRequest(string? Email, string? Role);

/// <param name="Message">The same whether or not the address was subscribed already: the answer tells nobody who is on the list.</param>
public sealed record SubscribeAccepted(string Message);
