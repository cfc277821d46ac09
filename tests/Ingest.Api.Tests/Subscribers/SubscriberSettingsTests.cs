using System.Text.Json;
namespace Ingest.Api.Tests.Subscribers;

/// <summary>Mail and subscriber settings that cannot work stop the start with a sentence; the routes are in OpenAPI.</summary>
public sealed class SubscriberSettingsTests
{
    [Theory]
    [InlineData("PublicBaseUrl", "tips.example.com", "PublicBaseUrl")]
    [InlineData("PublicBaseUrl", "ftp://tips.example.com", "PublicBaseUrl")]
    [InlineData("ForwardedHeaders:KnownProxies", "10.0.0.5, proxy.example.com", "ForwardedHeaders:KnownProxies")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0", "ForwardedHeaders:KnownNetworks")]
    [InlineData("Digest:MessagesPerSecond", "0", "MessagesPerSecond")]
    [InlineData("Smtp:From", "nobody", "Smtp:From")]
    [InlineData("Smtp:UserName", "mailer", "Smtp:Password")]
    public async Task A_setting_that_cannot_work_stops_the_start_with_a_clear_message(string key, string value, string named)
    {
        var validation = await StartFailure.OfAsync(new Dictionary<string, string?> { [key] = value });

        Assert.Contains(named, validation.Message);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_subscriber_routes_and_the_admin_route_when_it_is_on()
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Admin:ApiKey"] = "k" });
        using var document = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");

        Assert.True(paths.GetProperty("/api/v1/subscribers").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(paths.GetProperty("/api/v1/subscribers/confirm").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/subscribers/unsubscribe").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/api/v1/subscribers/unsubscribe").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/api/v1/admin/digests/send").TryGetProperty("post", out _));
    }
}
