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
