using System.Net;
using System.Net.Http.Json;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// Per-client limits behind a reverse proxy, on a real Kestrel listener (the connection comes from 127.0.0.1, the
/// stand-in proxy): with the proxy named, each forwarded client has its own allowance; without, the header is ignored.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task Behind_a_named_proxy_the_subscription_limit_counts_each_forwarded_client()
    {
        await using var app = Served(new() { ["ForwardedHeaders:KnownProxies"] = "127.0.0.1" }, out var http);

        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubscribeFromAsync(http, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "203.0.113.8"));
    }

    [Fact]
    public async Task Behind_a_named_network_the_forwarded_client_counts_too()
    {
        await using var app = Served(new() { ["ForwardedHeaders:KnownNetworks"] = "127.0.0.0/8" }, out var http);

        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "198.51.100.1"));
        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "198.51.100.2"));
    }

    [Fact]
    public async Task Without_the_setting_a_forwarded_for_header_changes_nothing()
    {
        await using var app = Served([], out var http);

        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "203.0.113.7"));
        Assert.Equal(HttpStatusCode.Accepted, await SubscribeFromAsync(http, "203.0.113.8"));
        // Anyone could send the header: the connection's own address is the client, and its allowance is used up.
        Assert.Equal(HttpStatusCode.TooManyRequests, await SubscribeFromAsync(http, "203.0.113.9"));
    }

    private static AllInOneApp Served(Dictionary<string, string?> settings, out HttpClient http)
    {
        settings["Subscribers:RequestsPerWindow"] = "2";
        var app = new AllInOneApp(settings);
        var port = FreePort.Next();
        app.UseKestrel(port);
        app.StartServer();
        http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        return app;
    }

    private static async Task<HttpStatusCode> SubscribeFromAsync(HttpClient http, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/subscribers")
        {
            Content = JsonContent.Create(new { email = $"{Guid.NewGuid():N}@example.test", role = "backend-developer" }),
        };
        request.Headers.Add("X-Forwarded-For", client);
        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }
}
