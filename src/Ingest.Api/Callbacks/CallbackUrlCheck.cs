using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

/// <summary>
/// Checks a tenant's <c>callbackUrl</c> when the scan is submitted, so a mistake is told at once: http or https only,
/// no user name or password in it, and a host that resolves to at least one address callbacks may reach. Delivery
/// checks the address again (<see cref="GuardedConnect"/>); this check is for a clear answer, not the guard itself.
/// </summary>
public sealed class CallbackUrlCheck(IOptions<CallbackOptions> options)
{
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Why the URL cannot be used, as a sentence; null when it can.</summary>
    public async Task<string?> RefusalAsync(string url, CancellationToken cancellationToken)
    {
        if (url.Length > Ingest.Data.Callbacks.CallbackDelivery.UrlLength)
        {
            return $"callbackUrl is longer than {Ingest.Data.Callbacks.CallbackDelivery.UrlLength} characters.";
        }
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
        {
            return "callbackUrl must be an absolute http or https URL, e.g. https://hooks.example.com/scans.";
        }
        if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            return "callbackUrl must not carry a user name or password; authenticate callbacks by their webhook-signature instead.";
        }
        if (options.Value.AllowPrivateNetworks)
        {
            return null;
        }
        var host = uri.IdnHost.Trim('[', ']');
        IPAddress[] addresses;
        if (IPAddress.TryParse(host, out var literal))
        {
            addresses = [literal];
        }
        else
        {
            try
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                timeout.CancelAfter(ResolveTimeout);
                addresses = await Dns.GetHostAddressesAsync(host, timeout.Token);
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                return $"callbackUrl's host {host} could not be resolved; use a host name with a public DNS record.";
            }
        }
        return addresses.All(NetworkRules.IsRefused)
            ? $"callbackUrl's host {host} resolves only to addresses callbacks may not reach ({string.Join(", ", addresses.Take(4))}): loopback, private, link-local or reserved networks. Use a publicly reachable address."
            : null;
    }
}
