using System.Net;
using System.Text.Json;
using Ingest.Api.Tests.Subscribers;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

public sealed class TenantAdminFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new();

    public AllInOneApp App { get; }

    public TenantAdminFixture() => App = new AllInOneApp(
        Partners.Settings(new() { ["Tenants:UploadsPerWindow"] = "50" }),
        services => services.AddSingleton<TimeProvider>(Clock));

    public Task InitializeAsync()
    {
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>The operator's tenant routes: show without secrets, rotate and revoke keys, set the allowance, delete with erasure.</summary>
public sealed class TenantAdministrationTests(TenantAdminFixture fixture) : IClassFixture<TenantAdminFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly AllInOneApp _app = fixture.App;
    private readonly TestClock _clock = fixture.Clock;

    [Fact]
    public async Task A_rotated_key_works_beside_the_old_one_for_the_grace_period_then_alone()
    {
        var tenant = await _app.CreateTenantAsync("Rotating Co");
        var scan = await _app.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "r.txt");

        var rotated = await _app.AdminJsonAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/api-key", new { graceHours = 2 });
        var newKey = rotated.GetProperty("apiKey").GetString()!;

        Assert.NotEqual(tenant.ApiKey, newKey);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(tenant.ApiKey, scan.Id));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(newKey, scan.Id));
        var shown = await _app.AdminJsonAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}");
        var keys = shown.GetProperty("apiKeys").EnumerateArray().ToList();
        Assert.Equal([newKey[..16], tenant.ApiKey[..16]], keys.Select(k => k.GetProperty("prefix").GetString()));
        Assert.Equal(JsonValueKind.Null, keys[0].GetProperty("expiresAt").ValueKind);
        // As stored: SQLite keeps times to a tenth of a millisecond or so.
        Assert.Equal(rotated.GetProperty("previousKeysExpireAt").GetDateTimeOffset(), keys[1].GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromMilliseconds(1));

        _clock.Advance(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1));
        try
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(tenant.ApiKey, scan.Id));
            Assert.Equal(HttpStatusCode.OK, await StatusAsync(newKey, scan.Id));
            Assert.Single((await _app.AdminJsonAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}")).GetProperty("apiKeys").EnumerateArray());
        }
        finally
        {
            _clock.Advance(-(TimeSpan.FromHours(2) + TimeSpan.FromMinutes(1)));
        }
    }

    [Fact]
    public async Task Revoking_stops_every_key_at_once_and_a_new_one_can_then_be_issued()
    {
        var tenant = await _app.CreateTenantAsync("Leaky Ltd");
        var scan = await _app.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "l.txt");
        var graceKey = (await _app.AdminJsonAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/api-key")).GetProperty("apiKey").GetString()!;

        using (var revoke = await _app.AdminAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}/api-key"))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(tenant.ApiKey, scan.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(graceKey, scan.Id));
        var fresh = (await _app.AdminJsonAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/api-key")).GetProperty("apiKey").GetString()!;
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(fresh, scan.Id));
    }

    [Fact]
    public async Task Tenants_are_listed_and_shown_without_any_key_or_secret()
    {
        var tenant = await _app.CreateTenantAsync("Visible Inc");
        using var list = await _app.AdminAsync(HttpMethod.Get, "/api/v1/admin/tenants");
        using var one = await _app.AdminAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}");
        var listed = await list.Content.ReadAsStringAsync();
        var shown = await one.Content.ReadAsStringAsync();

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (list.StatusCode, one.StatusCode));
        Assert.Contains(JsonDocument.Parse(listed).RootElement.GetProperty("tenants").EnumerateArray(), t => t.GetProperty("id").GetGuid() == tenant.Id);
        var view = JsonDocument.Parse(shown).RootElement;
        Assert.Equal(("Visible Inc", "active", 50, false), (view.GetProperty("name").GetString(), view.GetProperty("status").GetString(),
            view.GetProperty("uploadsPerWindow").GetInt32(), view.GetProperty("ownAllowance").GetBoolean()));
        foreach (var text in new[] { listed, shown })
        {
            Assert.DoesNotContain(tenant.ApiKey[16..], text);
            Assert.DoesNotContain(tenant.SigningSecret["whsec_".Length..], text);
        }
        var unknown = await Partners.ProblemOf(await _app.AdminAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{Guid.NewGuid()}"));
        Assert.Equal((HttpStatusCode.NotFound, "tenant-not-found"), (unknown.Status, unknown.Code));
    }

    [Fact]
    public async Task Without_the_admin_key_every_tenant_route_is_a_401_and_changes_nothing()
    {
        var tenant = await _app.CreateTenantAsync("Guarded GmbH");
        using var http = _app.CreateClient();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        var routes = new (HttpMethod, string)[]
        {
            (HttpMethod.Get, "/api/v1/admin/tenants"), (HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}"),
            (HttpMethod.Patch, $"/api/v1/admin/tenants/{tenant.Id}"), (HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}"),
            (HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/api-key"), (HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}/api-key"),
            (HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/signing-secret"),
        };
        foreach (var (method, path) in routes)
        {
            using var response = await http.SendAsync(new HttpRequestMessage(method, path) { Content = new StringContent("{\"graceHours\":1,\"uploadsPerWindow\":1}", System.Text.Encoding.UTF8, "application/json") });
            var problem = await Partners.ProblemOf(response);
            Assert.Equal((HttpStatusCode.Unauthorized, "admin-key-required"), (problem.Status, problem.Code));
        }
        var view = await _app.AdminJsonAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}");
        Assert.Equal(("active", 1, false), (view.GetProperty("status").GetString(), view.GetProperty("apiKeys").GetArrayLength(), view.GetProperty("ownAllowance").GetBoolean()));
    }

    [Theory]
    [InlineData("""{"graceHours":-1}""", "graceHours")]
    [InlineData("""{"graceHours":"a day"}""", "graceHours")]
    [InlineData("""{"graceHours":721}""", "graceHours")]
    [InlineData("not json", "graceHours")]
    public async Task A_rotation_with_a_bad_grace_period_is_refused_naming_it(string body, string field)
    {
        var tenant = await _app.CreateTenantAsync("Picky Co");
        foreach (var route in new[] { "api-key", "signing-secret" })
        {
            using var http = _app.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/{route}")
            {
                Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
                Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Partners.AdminKey) },
            };
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").TryGetProperty(field, out _));
        }
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(tenant.ApiKey, null));
    }

    [Fact]
    public async Task The_allowance_set_for_a_tenant_applies_from_its_next_upload_and_null_restores_the_setting()
    {
        var tenant = await _app.CreateTenantAsync("Metered Co");
        var scans = _app.ScansAs(tenant.ApiKey);

        var set = await _app.AdminJsonAsync(HttpMethod.Patch, $"/api/v1/admin/tenants/{tenant.Id}", new { uploadsPerWindow = 2 });
        Assert.Equal((2, true), (set.GetProperty("uploadsPerWindow").GetInt32(), set.GetProperty("ownAllowance").GetBoolean()));
        for (var i = 0; i < 2; i++)
        {
            using var ok = await scans.SubmitAsync(ResumeFixtures.TextResume());
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }
        using (var limited = await scans.SubmitAsync(ResumeFixtures.TextResume()))
        {
            Assert.Equal((HttpStatusCode.TooManyRequests, "rate-limited"), Pick(await Partners.ProblemOf(limited)));
        }

        var reset = await _app.AdminJsonAsync(HttpMethod.Patch, $"/api/v1/admin/tenants/{tenant.Id}", new { uploadsPerWindow = (int?)null });
        Assert.Equal((50, false), (reset.GetProperty("uploadsPerWindow").GetInt32(), reset.GetProperty("ownAllowance").GetBoolean()));
        using var again = await scans.SubmitAsync(ResumeFixtures.TextResume());
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);

        using var bad = await _app.AdminAsync(HttpMethod.Patch, $"/api/v1/admin/tenants/{tenant.Id}", new { uploadsPerWindow = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
    }

    [Fact]
    public async Task Deleting_a_tenant_stops_its_key_at_once_then_erases_its_scans_and_itself()
    {
        var tenant = await _app.CreateTenantAsync("Leaving Ltd");
        var bystander = await _app.CreateTenantAsync("Staying Ltd");
        var scans = _app.ScansAs(tenant.ApiKey);
        var done = await scans.WaitForEndAsync((await scans.SubmitWithAsync(ResumeFixtures.TextResume("Lea Ving"), "lea.txt")).Id, Patience);
        var kept = await _app.ScansAs(bystander.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume("Stay Put"), "stay.txt");
        Assert.Equal("completed", done.Status);
        Assert.NotEmpty(_app.BlobFilesOf(done.Id));

        var deleting = await _app.AdminJsonAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{tenant.Id}", expected: HttpStatusCode.Accepted);
        Assert.Equal("deleting", deleting.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(tenant.ApiKey, done.Id));

        var deadline = DateTime.UtcNow + Patience;
        while ((await _app.AdminAsync(HttpMethod.Get, $"/api/v1/admin/tenants/{tenant.Id}")).StatusCode != HttpStatusCode.NotFound)
        {
            Assert.True(DateTime.UtcNow < deadline, "the tenant was not erased");
            await Task.Delay(100);
        }
        Assert.Empty(_app.BlobFilesOf(done.Id));
        var row = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(done.Id)));
        Assert.NotNull(row.DeletedAt);
        Assert.Null(row.FileName);
        Assert.Equal(0, await _app.WithDbAsync(db => db.TenantApiKeys.CountAsync(k => k.TenantId == tenant.Id)));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(bystander.ApiKey, kept.Id));
        Assert.Null((await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(kept.Id)))).DeletedAt);
    }

    /// <summary>GET the scan (or the scans' list route's auth check, with no scan) with <paramref name="key"/>.</summary>
    private async Task<HttpStatusCode> StatusAsync(string key, string? scanId)
    {
        using var response = await _app.ScansAs(key).Http.GetAsync(scanId is null ? $"/api/v1/scans/{Guid.NewGuid()}/deliveries" : $"/api/v1/scans/{scanId}");
        return scanId is null && response.StatusCode == HttpStatusCode.NotFound ? HttpStatusCode.OK : response.StatusCode;
    }

    private static (HttpStatusCode, string?) Pick((HttpStatusCode Status, string? Code, string? Detail) problem) => (problem.Status, problem.Code);
}
