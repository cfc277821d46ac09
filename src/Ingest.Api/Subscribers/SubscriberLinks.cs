using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers;

/// <summary>The absolute links mails carry, on <see cref="SubscriberOptions.PublicBaseUrl"/>.</summary>
public sealed class SubscriberLinks(IOptions<SubscriberOptions> options)
{
    public const string ConfirmPath = "api/v1/subscribers/confirm";
    public const string UnsubscribePath = "api/v1/subscribers/unsubscribe";

    public Uri Confirm(string token) => On(ConfirmPath, token);

    public Uri Unsubscribe(string token) => On(UnsubscribePath, token);

    /// <summary>The host part of the base address, for message ids and the list id.</summary>
    public string Host => BaseUri.Host;

    // With a trailing slash, so a base with a path (https://example.com/resumes) keeps it.
    private Uri BaseUri => new(options.Value.PublicBaseUrl.EndsWith('/') ? options.Value.PublicBaseUrl : options.Value.PublicBaseUrl + "/");

    private Uri On(string path, string token) => new(BaseUri, $"{path}?token={Uri.EscapeDataString(token)}");
}
