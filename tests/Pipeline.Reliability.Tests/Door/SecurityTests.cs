using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Door;

/// <summary>
/// The security promises checked against the running services: tenants isolated on every route the API describes,
/// keys and secrets never logged, admin routes and the dashboard closed without the admin key, clean problems, the
/// page's security headers, and the callback address rules on every way of writing a private address.
/// </summary>
[Collection(DoorCollection.Name)]
[Trait("Category", "Security")]
public sealed partial class SecurityTests(DoorStack door)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Another_tenants_scan_is_404_on_every_scan_and_batch_route_the_api_describes()
    {
        using var owner = door.Client(door.First.ApiKey);
        var scans = new ScansClient(owner);
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Isolated Person"), "isolated.txt");
        Assert.Equal("completed", (await scans.WaitForEndAsync(scan.Id, Patience)).Status);

        var routes = (await door.RoutesAsync()).Where(r => IdRoute().IsMatch(r.Path) && r.Path.StartsWith("/api/v1/", StringComparison.Ordinal)
                                                           && !r.Path.StartsWith("/api/v1/admin/", StringComparison.Ordinal)).ToList();
        Assert.Contains(routes, r => r.Path == "/api/v1/scans/{id}" && r.Method == "GET");
        Assert.Contains(routes, r => r.Path == "/api/v1/scans/{id}" && r.Method == "DELETE");
        using var other = door.Client(door.Second.ApiKey);
        using var anonymous = door.Client();
        foreach (var (method, path) in routes)
        {
            var url = IdRoute().Replace(path, m => m.Groups["name"].Value == "id" ? scan.Id : Guid.NewGuid().ToString("N"));
            foreach (var (who, client) in new[] { ("the other tenant", other), ("an anonymous caller", anonymous) })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(new { });
                }
                using var response = await client.SendAsync(request);
                if (client == anonymous && response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    // A tenant-only route asks an anonymous caller for a key before it looks at the id: that tells
                    // nothing about the scan, so long as an id that exists nowhere gets the very same answer.
                    var problem = await ProblemCheck.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
                    Assert.Equal("api-key-required", problem.GetProperty("code").GetString());
                    using var unknown = new HttpRequestMessage(new HttpMethod(method), url.Replace(scan.Id, Guid.NewGuid().ToString("N"), StringComparison.Ordinal));
                    unknown.Content = request.Content is null ? null : JsonContent.Create(new { });
                    using var unknownAnswer = await client.SendAsync(unknown);
                    Assert.Equal(HttpStatusCode.Unauthorized, unknownAnswer.StatusCode);
                    continue;
                }
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{method} {url} as {who} answered {(int)response.StatusCode}");
                await ProblemCheck.AssertProblemAsync(response, HttpStatusCode.NotFound);
            }
        }

        // Nothing the others tried changed it: the owner still reads it and every result.
        var after = await scans.GetAsync(scan.Id);
        Assert.Equal("completed", after.Status);
        foreach (var link in after.Links.Values.Where(l => l.StartsWith("/api/v1/scans/", StringComparison.Ordinal)))
        {
            using var file = await owner.GetAsync(link);
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        }
    }

    [Fact]
    public async Task Admin_routes_and_the_dashboard_refuse_without_the_admin_key()
    {
        var routes = (await door.RoutesAsync()).Where(r => r.Path.StartsWith("/api/v1/admin/", StringComparison.Ordinal)).ToList();
        Assert.Contains(routes, r => r.Path == "/api/v1/admin/tenants");
        using var anonymous = door.Client();
        using var tenant = door.Client(door.First.ApiKey);
        using var wrong = door.Client(DoorStack.AdminKey + "x");
        foreach (var (method, path) in routes.Append(("GET", "/hangfire")).Append(("GET", "/hangfire/jobs/enqueued")).Append(("POST", "/hangfire/recurring/trigger")))
        {
            var url = IdRoute().Replace(path, _ => Guid.NewGuid().ToString("N"));
            foreach (var (who, client) in new[] { ("no key", anonymous), ("a tenant's key", tenant), ("a wrong admin key", wrong) })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method is "POST" or "PUT" or "PATCH")
                {
                    request.Content = JsonContent.Create(new { name = "Intruder", uploadsPerWindow = 100000, graceHours = 0 });
                }
                using var response = await client.SendAsync(request);
                Assert.True(response.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden,
                    $"{method} {url} with {who} answered {(int)response.StatusCode}");
            }
        }

        // The key opens them (so the refusals above are the key's doing).
        using var admin = door.Client(DoorStack.AdminKey);
        using var dashboard = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task Api_keys_signing_secrets_and_the_admin_key_never_reach_a_log()
    {
        using var admin = door.Client();
        var tenant = await TenantAdmin.CreateAsync(admin, DoorStack.AdminKey, "Logged Partner");
        using var client = door.Client(tenant.ApiKey);
        var scans = new ScansClient(client);
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Quiet Logs"), "quiet.txt");
        await scans.WaitForEndAsync(scan.Id, Patience);
        // A key that looks real but is not, and the admin key used where it does not belong.
        var forged = tenant.ApiKey[..^4] + "AAAA";
        using (var bad = door.Client(forged))
        {
            using var refused = await bad.GetAsync($"/api/v1/scans/{scan.Id}");
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        }
        using (var misused = door.Client(DoorStack.AdminKey))
        {
            using var answer = await misused.GetAsync($"/api/v1/scans/{scan.Id}");
        }

        var secrets = new[] { tenant.ApiKey, forged, tenant.SigningSecret, tenant.SigningSecret["whsec_".Length..], DoorStack.AdminKey,
            door.First.ApiKey, door.First.SigningSecret, door.Second.ApiKey, door.Second.SigningSecret };
        var lines = door.Stack.EveryProcess.SelectMany(p => p.Output.Select(line => (p.Name, line))).ToList();
        // The search means something only if every service did write (structured lines, with scan ids in scope).
        Assert.All(DistributedStack.Workers.Append("Ingest.Api"), name => Assert.Contains(lines, l => l.Name == name && l.line.Contains("ScanId", StringComparison.Ordinal)));
        foreach (var (service, line) in lines)
        {
            foreach (var secret in secrets)
            {
                Assert.False(line.Contains(secret, StringComparison.Ordinal), $"{service} logged a secret: {line}");
            }
        }
    }

    [Fact]
    public async Task Problems_carry_no_stack_trace_or_internal_path()
    {
        using var anonymous = door.Client();
        using var admin = door.Client(DoorStack.AdminKey);
        var cases = new List<(Func<Task<HttpResponseMessage>> Send, HttpStatusCode Status)>
        {
            (() => anonymous.GetAsync($"/api/v1/scans/{Guid.NewGuid():N}"), HttpStatusCode.NotFound),
            (() => anonymous.GetAsync($"/api/v1/scans/{Guid.NewGuid():N}/report.pdf"), HttpStatusCode.NotFound),
            (() => anonymous.GetAsync("/api/v1/no-such-route"), HttpStatusCode.NotFound),
            (() => admin.PostAsync("/api/v1/admin/tenants", new StringContent("{not json", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (() => admin.PostAsync("/api/v1/admin/tenants", new StringContent("[1,2,3]", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (() => anonymous.PostAsync("/api/v1/subscribers", new StringContent("{\"email\":", System.Text.Encoding.UTF8, "application/json")), HttpStatusCode.BadRequest),
            (() => Send(anonymous, new string('k', 500)), HttpStatusCode.BadRequest),
        };
        foreach (var (send, status) in cases)
        {
            using var response = await send();
            await ProblemCheck.AssertProblemAsync(response, status);
        }

        static Task<HttpResponseMessage> Send(HttpClient client, string idempotencyKey)
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(ResumeFixtures.TextResume()), "file", "a.txt" } };
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/scans") { Content = form };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return client.SendAsync(request);
        }
    }

    [Fact]
    public async Task The_page_and_the_report_carry_their_security_headers()
    {
        using var anonymous = door.Client();
        foreach (var path in new[] { "/", "/app.js", "/app.css" })
        {
            using var page = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var policy = string.Join(';', page.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Contains("default-src 'self'", policy);
            Assert.DoesNotContain("unsafe-inline", ScriptSources(policy));
            Assert.Equal("nosniff", Assert.Single(page.Headers.GetValues("X-Content-Type-Options")));
        }

        var scans = new ScansClient(anonymous);
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Header Person"), "headers.txt");
        var done = await scans.WaitForEndAsync(scan.Id, Patience);
        using var report = await anonymous.GetAsync(done.Links["reportHtml"]);
        var reportPolicy = string.Join(';', report.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("sandbox", reportPolicy);
        Assert.Contains("default-src 'none'", reportPolicy);
        Assert.Equal("nosniff", Assert.Single(report.Headers.GetValues("X-Content-Type-Options")));

        static string ScriptSources(string policy) =>
            policy.Split(';').Select(d => d.Trim()).FirstOrDefault(d => d.StartsWith("script-src", StringComparison.Ordinal)) ?? "";
    }

    public static TheoryData<string, string> PrivateCallbackAddresses() => new()
    {
        { "http://127.0.0.1:8080/hook", "IPv4 loopback" },
        { "http://10.0.0.8/hook", "IPv4 private" },
        { "http://169.254.169.254/latest/meta-data/", "IPv4 link-local (cloud metadata)" },
        { "http://[::1]/hook", "IPv6 loopback" },
        { "http://[fd00::8]/hook", "IPv6 unique local" },
        { "http://[fe80::1]/hook", "IPv6 link-local" },
        { "http://[::ffff:127.0.0.1]/hook", "IPv4-mapped IPv6, dotted" },
        { "http://[::ffff:a9fe:a9fe]/hook", "IPv4-mapped IPv6, hex (169.254.169.254)" },
        { "http://2130706433/hook", "decimal IPv4 (127.0.0.1)" },
        { "http://0177.0.0.1/hook", "octal IPv4 (127.0.0.1)" },
        { "http://0x7f.0.0.1/hook", "hexadecimal IPv4 (127.0.0.1)" },
        { "http://127.1/hook", "short IPv4 (127.0.0.1)" },
        { "http://012.0.0.1/hook", "octal IPv4 (10.0.0.1)" },
        { "http://localhost/hook", "a DNS name for loopback" },
        { $"http://{System.Net.Dns.GetHostName()}/hook", "this machine's own name" },
    };

    [Theory]
    [MemberData(nameof(PrivateCallbackAddresses))]
    public async Task A_callback_address_that_reaches_a_private_network_is_refused_however_it_is_written(string url, string form)
    {
        using var tenant = door.Client(door.First.ApiKey);
        var scans = new ScansClient(tenant);
        using var response = await scans.SubmitAsync(ResumeFixtures.TextResume(), "callback.txt", callbackUrl: url);
        var problem = await ProblemCheck.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("code").GetString() == "callback-url-refused", $"{form}: {ProblemCheck.Words(problem)}");
    }

    /// <summary>A path parameter: <c>{id}</c>, <c>{deliveryId}</c>, <c>{id:guid}</c>.</summary>
    [GeneratedRegex(@"\{(?<name>[A-Za-z]+)(:[^}]*)?\}")]
    private static partial Regex IdRoute();
}
