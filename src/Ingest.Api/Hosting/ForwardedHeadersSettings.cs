using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Ingest.Api.Hosting;

/// <summary>
/// The <c>ForwardedHeaders</c> settings, for a service behind a reverse proxy or load balancer. Off by default: then
/// the client address is the connection's, and <c>X-Forwarded-For</c> is ignored (anyone could send one). Naming the
/// proxies (<c>KnownProxies</c>: addresses; <c>KnownNetworks</c>: CIDR ranges; comma-separated) turns it on for
/// requests from them: the client address becomes the one the proxy saw, so per-client rate limits count real clients
/// instead of the proxy.
/// </summary>
public sealed class ForwardedHeadersSettings : IValidatableObject
{
    public const string Section = "ForwardedHeaders";

    /// <summary>The proxies' addresses, e.g. <c>10.0.0.5, 10.0.0.6</c>.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>The proxies' networks in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public string? KnownNetworks { get; set; }

    public bool Enabled => Proxies.Count + Networks.Count > 0;

    public IReadOnlyList<IPAddress> Proxies => Items(KnownProxies).Select(p => IPAddress.TryParse(p, out var a) ? a : null).OfType<IPAddress>().ToList();

    public IReadOnlyList<IPNetwork> Networks => Items(KnownNetworks).Select(n => IPNetwork.TryParse(n, out var net) ? (IPNetwork?)net : null).OfType<IPNetwork>().ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var item in Items(KnownProxies).Where(p => !IPAddress.TryParse(p, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownProxies: '{item}' is not an IP address (write them comma-separated, e.g. 10.0.0.5, 10.0.0.6).");
        }
        foreach (var item in Items(KnownNetworks).Where(n => !IPNetwork.TryParse(n, out _)))
        {
            yield return new ValidationResult($"ForwardedHeaders:KnownNetworks: '{item}' is not a network in CIDR form (e.g. 10.0.0.0/8, fd00::/8).");
        }
    }

    private static IEnumerable<string> Items(string? list) =>
        (list ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
