using Ingest.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers;

/// <summary>The absolute links mails carry, on the <c>PublicBaseUrl</c> setting.</summary>
public sealed class SubscriberLinks(IOptions<PublicAddressOptions> options)
{
    public const string ConfirmPath = "api/v1/subscribers/confirm";
    public const string UnsubscribePath = "api/v1/subscribers/unsubscribe";

    public Uri Confirm(string token) => On(ConfirmPath, token);

    public Uri Unsubscribe(string token) => On(UnsubscribePath, token);

    /// <summary>The scanner page, for mails that invite to scan again.</summary>
    public Uri Home => options.Value.BaseUri();

    /// <summary>The host part of the base address, for message ids and the list id.</summary>
    public string Host => options.Value.BaseUri().Host;

    private Uri On(string path, string token) => options.Value.Link($"{path}?token={Uri.EscapeDataString(token)}");
}
