using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>The partner side of the API in tests: the admin key, creating tenants, and clients that call with a key.</summary>
public static class Partners
{
    public const string AdminKey = "test-admin-key-0123456789";

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }
        return settings;
    }

    public static async Task<CreatedTenant> CreateTenantAsync(this AllInOneApp app, string name)
    {
        using var http = app.CreateClient();
        return await TenantAdmin.CreateAsync(http, AdminKey, name);
    }

    /// <summary>An admin route called with the admin key, with <paramref name="body"/> as JSON when given.</summary>
    public static async Task<HttpResponseMessage> AdminAsync(this AllInOneApp app, HttpMethod method, string path, object? body = null)
    {
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        return await http.SendAsync(request);
    }

    /// <summary>An admin route's JSON answer, after checking its status.</summary>
    public static async Task<JsonElement> AdminJsonAsync(this AllInOneApp app, HttpMethod method, string path, object? body = null, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await app.AdminAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{method} {path} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>The scan routes called with <paramref name="apiKey"/> (none: anonymously).</summary>
    public static ScansClient ScansAs(this AllInOneApp app, string? apiKey)
    {
        var http = app.CreateClient();
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return new ScansClient(http);
    }

    /// <summary>Submits with a callback URL and/or idempotency key and expects 202.</summary>
    public static async Task<ScanState> SubmitWithAsync(
        this ScansClient scans, byte[] file, string fileName, string? callbackUrl = null, string? idempotencyKey = null)
    {
        using var response = await scans.SubmitAsync(file, fileName, idempotencyKey: idempotencyKey, callbackUrl: callbackUrl);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Upload answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
    }

    /// <summary>A problem answer's status and <c>code</c>, after checking it is a problem document.</summary>
    public static async Task<(HttpStatusCode Status, string? Code, string? Detail)> ProblemOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = problem.RootElement;
        return (response.StatusCode,
            root.TryGetProperty("code", out var code) ? code.GetString() : null,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null);
    }
}
