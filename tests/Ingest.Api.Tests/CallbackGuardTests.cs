using System.Net;
using Ingest.Api.Callbacks;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>The service as deployed: callbacks may not reach loopback or private networks.</summary>
public sealed class GuardedAppFixture : IAsyncLifetime
{
    public AllInOneApp App { get; } = new(Partners.Settings(new() { ["Callbacks:SweepCron"] = "0 0 1 1 *" }));

    public CreatedTenant Tenant { get; private set; } = null!;

    public async Task InitializeAsync() => Tenant = await App.CreateTenantAsync("Guarded Partner");

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Callbacks cannot be aimed at this host or the networks behind it: refused at submission and again at delivery.</summary>
public sealed class CallbackGuardTests(GuardedAppFixture fixture) : IClassFixture<GuardedAppFixture>
{
    private readonly AllInOneApp _app = fixture.App;
    private readonly CreatedTenant _tenant = fixture.Tenant;

    [Theory]
    [InlineData("http://127.0.0.1:8080/hook", "resolves only to addresses")]
    [InlineData("http://10.1.2.3/hook", "resolves only to addresses")]
    [InlineData("http://169.254.169.254/latest/meta-data/", "resolves only to addresses")]
    [InlineData("http://[::1]/hook", "resolves only to addresses")]
    [InlineData("http://[::ffff:192.168.1.1]/hook", "resolves only to addresses")]
    [InlineData("http://100.64.0.1/hook", "resolves only to addresses")]
    [InlineData("http://localhost:5000/hook", "resolves only to addresses")]
    [InlineData("ftp://example.com/hook", "absolute http or https")]
    [InlineData("hooks.example.com/scans", "absolute http or https")]
    [InlineData("https://user:secret@example.com/hook", "user name or password")]
    public async Task A_callback_url_aimed_at_a_refused_address_is_a_400_problem_and_nothing_is_kept(string url, string reason)
    {
        var scans = _app.ScansAs(_tenant.ApiKey);
        var before = await _app.WithDbAsync(db => db.Scans.CountAsync(s => s.TenantId == _tenant.Id));

        using var response = await scans.SubmitAsync(ResumeFixtures.TextResume(), "ssrf.txt", callbackUrl: url);

        var (status, code, detail) = await Partners.ProblemOf(response);
        Assert.Equal((HttpStatusCode.BadRequest, "callback-url-refused"), (status, code));
        Assert.Contains(reason, detail);
        Assert.Equal(before, await _app.WithDbAsync(db => db.Scans.CountAsync(s => s.TenantId == _tenant.Id)));
    }

    [Theory]
    [InlineData("8.8.8.8", false)]
    [InlineData("93.184.215.14", false)]
    [InlineData("172.32.0.1", false)]
    [InlineData("2606:4700:4700::1111", false)]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.255.255.254", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.255.0.1", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.0.10", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("100.127.255.255", true)]
    [InlineData("224.0.0.1", true)]
    [InlineData("255.255.255.255", true)]
    [InlineData("::", true)]
    [InlineData("::1", true)]
    [InlineData("fc00::1", true)]
    [InlineData("fd12:3456::1", true)]
    [InlineData("fe80::1", true)]
    [InlineData("ff02::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("::ffff:8.8.8.8", false)]
    [InlineData("64:ff9b::a9fe:a9fe", true)]
    [InlineData("2002:c0a8:0101::1", true)]
    public void Addresses_are_judged_by_the_network_they_belong_to(string address, bool refused)
    {
        Assert.Equal(refused, NetworkRules.IsRefused(IPAddress.Parse(address)));
    }

    [Fact]
    public async Task The_connection_guard_refuses_a_name_that_resolves_to_loopback_at_delivery_time()
    {
        // What DNS rebinding amounts to: a name whose address is private when the callback is sent.
        await using var receiver = await CallbackReceiver.StartAsync();
        using var guarded = new HttpClient(CallbackSender.CreateHandler(allowPrivateNetworks: false, TimeSpan.FromSeconds(5)));
        using var open = new HttpClient(CallbackSender.CreateHandler(allowPrivateNetworks: true, TimeSpan.FromSeconds(5)));
        var url = $"http://localhost:{receiver.Port}/hooks/scans";

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => guarded.PostAsync(url, new StringContent("{}")));
        using var control = await open.PostAsync(url, new StringContent("{}"));

        Assert.IsType<CallbackRefusedException>(error.InnerException);
        Assert.Equal(HttpStatusCode.OK, control.StatusCode);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_receivers_redirect_is_not_followed_and_counts_as_not_delivered()
    {
        await using var elsewhere = await CallbackReceiver.StartAsync();
        await using var redirecting = await CallbackReceiver.StartAsync();
        redirecting.RedirectTo = elsewhere.Url;
        using var sender = new CallbackSender(Microsoft.Extensions.Options.Options.Create(new CallbackOptions { AllowPrivateNetworks = true }), TimeProvider.System);

        var outcome = await sender.SendAsync(new Uri(redirecting.Url), "msg_redirect", "{}", [_tenant.SigningSecret], CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.Equal(307, outcome.StatusCode);
        Assert.Contains("redirects are not followed", outcome.Error);
        Assert.Single(redirecting.Received);
        Assert.Empty(elsewhere.Received);
    }

    [Fact]
    public async Task A_delivery_whose_address_became_private_is_refused_and_the_receiver_never_hears_of_it()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        // As if the URL had resolved to a public address when the scan was submitted.
        var scanId = await _app.WithDbAsync(async db =>
        {
            var earlier = DateTimeOffset.UtcNow.AddMinutes(-5);
            var scan = new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = receiver.Url, Role = "backend-developer", Status = ScanStatus.Completed,
                Score = 50, CreatedAt = earlier, UpdatedAt = earlier, CompletedAt = earlier,
            };
            db.Scans.Add(scan);
            await db.SaveChangesAsync();
            return scan.Id;
        });

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<CallbackRecorder>().EnsureAsync(scanId, CancellationToken.None));
        }
        var deadline = DateTime.UtcNow.AddSeconds(60);
        Ingest.Data.Callbacks.CallbackDelivery delivery;
        while ((delivery = await _app.WithDbAsync(db => db.CallbackDeliveries.AsNoTracking().SingleAsync(d => d.SubjectId == scanId))).Attempts == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the first attempt was made");
            await Task.Delay(100);
        }

        Assert.Null(delivery.DeliveredAt);
        Assert.Contains("may not reach", delivery.LastError);
        Assert.Empty(receiver.Received);
    }
}
