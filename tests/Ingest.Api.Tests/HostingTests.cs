using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>What the all-in-one host serves besides scans: health, OpenAPI, the guarded dashboard, the upload rate limit.</summary>
public sealed class HostingTests
{
    [Fact]
    public async Task Readiness_checks_the_database_the_broker_and_the_blob_store()
    {
        await using var app = new AllInOneApp();
        using var response = await app.CreateClient().GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = health.RootElement.GetProperty("checks");
        foreach (var name in new[] { "database", "bus", "blob-store" })
        {
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task The_openapi_document_describes_every_scan_route_and_the_ui_is_served()
    {
        await using var app = new AllInOneApp();
        var client = app.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/scans", "/api/v1/scans/{id}", "/api/v1/scans/{id}/report.pdf", "/api/v1/scans/{id}/optimized.docx" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
        }
        Assert.True(paths.GetProperty("/api/v1/scans").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("multipart/form-data", out _));
        using var ui = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_off_without_an_admin_key()
    {
        await using var app = new AllInOneApp();
        using var response = await app.CreateClient().GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_wants_the_admin_key()
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Admin:ApiKey"] = "correct-horse" });
        var client = app.CreateClient();

        using var anonymous = await client.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Basic", anonymous.Headers.WwwAuthenticate.ToString());

        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "wrong") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.SendAsync(wrong)).StatusCode);

        using var bearer = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "correct-horse") } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(bearer)).StatusCode);

        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:correct-horse"));
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/hangfire") { Headers = { Authorization = new AuthenticationHeaderValue("Basic", basic) } };
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(browser)).StatusCode);
    }

    [Fact]
    public async Task Anonymous_uploads_past_the_limit_get_a_429_problem_with_retry_after()
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Ingest:AnonymousUploadsPerWindow"] = "2" });
        var scans = app.Scans();

        for (var i = 0; i < 2; i++)
        {
            using var ok = await scans.SubmitAsync(ResumeFixtures.TextResume());
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }
        using var limited = await scans.SubmitAsync(ResumeFixtures.TextResume());

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal("rate-limited", problem.RootElement.GetProperty("code").GetString());
    }
}
