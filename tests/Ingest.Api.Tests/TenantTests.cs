using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

public sealed class PartnerAppFixture : IAsyncLifetime
{
    public AllInOneApp App { get; } = new(Partners.Settings());

    public Task InitializeAsync()
    {
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Tenants: created by the admin, known by their API key, kept apart from each other.</summary>
public sealed class TenantTests(PartnerAppFixture fixture) : IClassFixture<PartnerAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task The_admin_creates_a_tenant_whose_key_and_secret_are_shown_once_and_never_stored_in_clear()
    {
        var tenant = await _app.CreateTenantAsync("Acme Hiring");

        Assert.Equal("Acme Hiring", tenant.Name);
        Assert.StartsWith("rpk_", tenant.ApiKey);
        Assert.StartsWith("whsec_", tenant.SigningSecret);
        Assert.Equal(32, Convert.FromBase64String(tenant.SigningSecret["whsec_".Length..]).Length);

        var rows = await _app.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            var values = new List<string>();
            foreach (var table in new[] { "Tenants", "TenantApiKeys" })
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT * FROM {table}";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        values.Add(reader.GetValue(i) switch { byte[] bytes => Convert.ToHexString(bytes) + " " + Encoding.UTF8.GetString(bytes), var v => v.ToString() ?? "" });
                    }
                }
            }
            return values;
        });
        var secretKey = tenant.SigningSecret["whsec_".Length..];
        Assert.DoesNotContain(rows, v => v.Contains(tenant.ApiKey, StringComparison.Ordinal) || v.Contains(tenant.ApiKey[16..], StringComparison.Ordinal));
        Assert.DoesNotContain(rows, v => v.Contains(secretKey, StringComparison.Ordinal));
        var stored = await _app.WithDbAsync(db => db.TenantApiKeys.AsNoTracking().SingleAsync(k => k.TenantId == tenant.Id));
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(tenant.ApiKey)), stored.KeyHash);
        Assert.Equal(tenant.ApiKey[..16], stored.KeyPrefix);
        Assert.Null(stored.ExpiresAt);
    }

    [Fact]
    public async Task Creating_a_tenant_without_the_admin_key_is_a_401_problem_and_creates_nothing()
    {
        using var http = _app.CreateClient();
        var before = await _app.WithDbAsync(db => db.Tenants.CountAsync());

        using var none = await http.PostAsJsonAsync("/api/v1/admin/tenants", new { name = "Mallory" });
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name = "Mallory" }) };
        wrong.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "not-the-admin-key");
        using var wrongAnswer = await http.SendAsync(wrong);

        using var garbled = await http.PostAsync("/api/v1/admin/tenants", new StringContent("{not json", Encoding.UTF8, "application/json"));

        Assert.Equal((HttpStatusCode.Unauthorized, "admin-key-required"), Pick(await Partners.ProblemOf(garbled)));
        Assert.Equal((HttpStatusCode.Unauthorized, "admin-key-required"), Pick(await Partners.ProblemOf(none)));
        Assert.Equal((HttpStatusCode.Unauthorized, "admin-key-required"), Pick(await Partners.ProblemOf(wrongAnswer)));
        Assert.Equal(before, await _app.WithDbAsync(db => db.Tenants.CountAsync()));
    }

    [Theory]
    [InlineData("""{"name":"  "}""")]
    [InlineData("""{"name":"Tab\tCo"}""")]
    [InlineData("{not json")]
    public async Task A_tenant_without_a_proper_name_is_a_validation_problem(string body)
    {
        using var http = _app.CreateClient();
        var before = await _app.WithDbAsync(db => db.Tenants.CountAsync());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Partners.AdminKey);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("name", await response.Content.ReadAsStringAsync());
        Assert.Equal(before, await _app.WithDbAsync(db => db.Tenants.CountAsync()));
    }

    [Theory]
    [InlineData("Bearer rpk_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer not-a-key")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task An_unknown_or_malformed_key_is_a_401_problem_never_an_anonymous_call(string authorization)
    {
        using var http = _app.CreateClient();
        http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);
        var scans = new ScansClient(http);
        var anonymous = await _app.Scans().SubmitAcceptedAsync(ResumeFixtures.TextResume(), "anon.txt");

        using var submit = await scans.SubmitAsync(ResumeFixtures.TextResume(), "resume.txt");
        using var read = await http.GetAsync($"/api/v1/scans/{anonymous.Id}");
        using var delete = await http.DeleteAsync($"/api/v1/scans/{anonymous.Id}");

        foreach (var response in new[] { submit, read, delete })
        {
            Assert.Equal((HttpStatusCode.Unauthorized, "invalid-api-key"), Pick(await Partners.ProblemOf(response)));
            Assert.Contains("Bearer", response.Headers.WwwAuthenticate.ToString());
        }
        using var untouched = await _app.CreateClient().GetAsync($"/api/v1/scans/{anonymous.Id}");
        Assert.Equal(HttpStatusCode.OK, untouched.StatusCode);
    }

    [Fact]
    public async Task A_revoked_key_is_a_401_problem()
    {
        var tenant = await _app.CreateTenantAsync("Revoked Ltd");
        var scans = _app.ScansAs(tenant.ApiKey);
        await scans.SubmitWithAsync(ResumeFixtures.TextResume(), "before.txt");

        using (var revoke = await _app.AdminAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}/api-key"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }
        using var after = await scans.SubmitAsync(ResumeFixtures.TextResume(), "after.txt");

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid-api-key"), Pick(await Partners.ProblemOf(after)));
    }

    [Fact]
    public async Task A_tenants_scan_is_read_downloaded_and_deleted_only_with_that_tenants_key()
    {
        var owner = await _app.CreateTenantAsync("Owner Inc");
        var other = await _app.CreateTenantAsync("Other Inc");
        var ownerScans = _app.ScansAs(owner.ApiKey);
        var accepted = await ownerScans.SubmitWithAsync(ResumeFixtures.TextResume("Tara Tenant"), "tara.txt");
        var done = await ownerScans.WaitForEndAsync(accepted.Id, Patience);
        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        var row = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(accepted.Id)));
        Assert.Equal(owner.Id, row.TenantId);

        var routes = new[] { "", "/resume.json", "/score.json", "/report.html", "/report.pdf", "/optimized.pdf", "/optimized.docx" };
        foreach (var stranger in new[] { _app.ScansAs(other.ApiKey).Http, _app.CreateClient() })
        {
            foreach (var route in routes)
            {
                using var response = await stranger.GetAsync($"/api/v1/scans/{accepted.Id}{route}");
                Assert.Equal((HttpStatusCode.NotFound, "scan-not-found"), Pick(await Partners.ProblemOf(response)));
            }
            using var delete = await stranger.DeleteAsync($"/api/v1/scans/{accepted.Id}");
            Assert.Equal((HttpStatusCode.NotFound, "scan-not-found"), Pick(await Partners.ProblemOf(delete)));
        }
        Assert.NotEmpty(_app.BlobFilesOf(accepted.Id));
        foreach (var route in routes)
        {
            using var response = await ownerScans.Http.GetAsync($"/api/v1/scans/{accepted.Id}{route}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var erased = await ownerScans.Http.DeleteAsync($"/api/v1/scans/{accepted.Id}");
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(_app.BlobFilesOf(accepted.Id));
    }

    [Fact]
    public async Task Anonymous_scans_stay_readable_by_their_id()
    {
        var tenant = await _app.CreateTenantAsync("Reader Co");
        var anonymous = await _app.Scans().SubmitAcceptedAsync(ResumeFixtures.TextResume(), "anon.txt");

        Assert.Equal(anonymous.Id, (await _app.Scans().GetAsync(anonymous.Id)).Id);
        Assert.Equal(anonymous.Id, (await _app.ScansAs(tenant.ApiKey).GetAsync(anonymous.Id)).Id);
    }

    [Fact]
    public async Task An_idempotency_key_is_scoped_to_its_tenant()
    {
        var first = await _app.CreateTenantAsync("First Co");
        var second = await _app.CreateTenantAsync("Second Co");
        var key = $"order-{Guid.NewGuid():N}";
        var resume = ResumeFixtures.TextResume("Ida Idem");

        var a1 = await _app.ScansAs(first.ApiKey).SubmitWithAsync(resume, "ida.txt", idempotencyKey: key);
        var a2 = await _app.ScansAs(first.ApiKey).SubmitWithAsync(resume, "ida.txt", idempotencyKey: key);
        var b1 = await _app.ScansAs(second.ApiKey).SubmitWithAsync(resume, "ida.txt", idempotencyKey: key);
        var anonymous = await _app.Scans().SubmitWithAsync(resume, "ida.txt", idempotencyKey: key);

        Assert.Equal(a1.Id, a2.Id);
        Assert.NotEqual(a1.Id, b1.Id);
        Assert.NotEqual(a1.Id, anonymous.Id);
        Assert.NotEqual(b1.Id, anonymous.Id);
        var owners = await _app.WithDbAsync(db => db.Scans.AsNoTracking()
            .Where(s => s.Id == Guid.Parse(a1.Id) || s.Id == Guid.Parse(b1.Id) || s.Id == Guid.Parse(anonymous.Id))
            .Select(s => s.TenantId).ToListAsync());
        Assert.Equal(3, owners.Count);
        Assert.Equal(new Guid?[] { null, first.Id, second.Id }.Order(), owners.Order());
    }

    [Fact]
    public async Task The_openapi_document_shows_the_tenant_route_and_how_each_route_authenticates()
    {
        using var document = System.Text.Json.JsonDocument.Parse(await _app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var root = document.RootElement;

        var schemes = root.GetProperty("components").GetProperty("securitySchemes");
        Assert.Equal("bearer", schemes.GetProperty("tenantKey").GetProperty("scheme").GetString());
        Assert.Equal("bearer", schemes.GetProperty("adminKey").GetProperty("scheme").GetString());
        var create = root.GetProperty("paths").GetProperty("/api/v1/admin/tenants").GetProperty("post");
        Assert.True(create.GetProperty("security")[0].TryGetProperty("adminKey", out _));
        var submit = root.GetProperty("paths").GetProperty("/api/v1/scans").GetProperty("post");
        var options = submit.GetProperty("security").EnumerateArray().ToList();
        Assert.Contains(options, o => o.EnumerateObject().Any() == false);
        Assert.Contains(options, o => o.TryGetProperty("tenantKey", out _));
        Assert.True(submit.GetProperty("responses").TryGetProperty("401", out _));
    }

    private static (HttpStatusCode, string?) Pick((HttpStatusCode Status, string? Code, string? Detail) problem) => (problem.Status, problem.Code);
}

/// <summary>
/// Tenant behaviour that needs a host of its own. Not beside a class fixture's host: Hangfire keeps its logger
/// process-wide, so a second host disposed while the first runs would leave the first one's Hangfire with a disposed logger.
/// </summary>
public sealed class TenantHostTests
{
    [Fact]
    public async Task Without_an_admin_key_configured_the_tenant_route_does_not_exist()
    {
        await using var app = new AllInOneApp();
        using var http = app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name = "Acme" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "anything");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Tenants_are_not_held_to_the_anonymous_rate_limit_but_to_their_own()
    {
        await using var app = new AllInOneApp(Partners.Settings(new()
        {
            ["Ingest:AnonymousUploadsPerWindow"] = "1",
            ["Tenants:UploadsPerWindow"] = "3",
        }));
        var tenant = await app.CreateTenantAsync("Busy Partner");
        var other = await app.CreateTenantAsync("Quiet Partner");
        var scans = app.ScansAs(tenant.ApiKey);

        using (var first = await app.Scans().SubmitAsync(ResumeFixtures.TextResume()))
        using (var second = await app.Scans().SubmitAsync(ResumeFixtures.TextResume()))
        {
            Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.TooManyRequests), (first.StatusCode, second.StatusCode));
        }
        for (var i = 0; i < 3; i++)
        {
            using var ok = await scans.SubmitAsync(ResumeFixtures.TextResume());
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }
        using var limited = await scans.SubmitAsync(ResumeFixtures.TextResume());
        using var otherTenant = await app.ScansAs(other.ApiKey).SubmitAsync(ResumeFixtures.TextResume());

        var problem = await Partners.ProblemOf(limited);
        Assert.Equal((HttpStatusCode.TooManyRequests, "rate-limited"), (problem.Status, problem.Code));
        Assert.Equal(HttpStatusCode.Accepted, otherTenant.StatusCode);
    }
}

