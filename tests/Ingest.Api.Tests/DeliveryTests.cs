using System.Net;
using System.Text.Json;
using Ingest.Api.Callbacks;
using Ingest.Api.Tests.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>Callbacks to loopback retried after 1 s (twice); a receiver's Retry-After is honoured up to 5 s; the sweep is the tests' to run.</summary>
public sealed class DeliveryAppFixture : IAsyncLifetime
{
    public TestClock Clock { get; } = new();

    public AllInOneApp App { get; }

    public CreatedTenant Tenant { get; private set; } = null!;

    public CreatedTenant Other { get; private set; } = null!;

    public DeliveryAppFixture() => App = new AllInOneApp(Partners.Settings(new()
    {
        ["Callbacks:AllowPrivateNetworks"] = "true",
        ["Callbacks:RetryDelays:0"] = "00:00:01",
        ["Callbacks:RetryDelays:1"] = "00:00:01",
        ["Callbacks:RetryAfterLimit"] = "00:00:05",
        ["Callbacks:SweepCron"] = "0 0 1 1 *",
    }), services => services.AddSingleton<TimeProvider>(Clock));

    public async Task InitializeAsync()
    {
        Tenant = await App.CreateTenantAsync("Delivery Partner");
        Other = await App.CreateTenantAsync("Nosy Partner");
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>What a tenant sees of its callbacks and can do with them, and how receivers' answers steer the retries.</summary>
public sealed class DeliveryTests(DeliveryAppFixture fixture) : IClassFixture<DeliveryAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task The_deliveries_route_lists_every_attempt_with_its_status_error_and_next_attempt_and_keeps_the_last_failure()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = n => n == 1 ? 500 : 204;

        var scan = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "d.txt", receiver.Url);
        var delivery = await WaitForAsync(scan.Id, d => d.GetProperty("status").GetString() == "delivered");

        Assert.Equal(("scan.completed", receiver.Url, 204), (delivery.GetProperty("event").GetString(), delivery.GetProperty("url").GetString(), delivery.GetProperty("lastStatusCode").GetInt32()));
        Assert.Contains("500", delivery.GetProperty("lastError").GetString());
        Assert.Equal(receiver.Received[0].WebhookId, delivery.GetProperty("webhookId").GetString());
        var attempts = delivery.GetProperty("attempts").EnumerateArray().ToList();
        Assert.Equal(2, attempts.Count);
        Assert.Equal(500, attempts[0].GetProperty("statusCode").GetInt32());
        Assert.Contains("500", attempts[0].GetProperty("error").GetString());
        Assert.True(attempts[0].GetProperty("nextAttemptAt").GetDateTimeOffset() >= attempts[0].GetProperty("at").GetDateTimeOffset().AddSeconds(1));
        Assert.Equal((204, JsonValueKind.Null, JsonValueKind.Null),
            (attempts[1].GetProperty("statusCode").GetInt32(), attempts[1].GetProperty("error").ValueKind, attempts[1].GetProperty("nextAttemptAt").ValueKind));
    }

    [Fact]
    public async Task Another_tenant_gets_404_and_a_caller_without_a_key_401()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var scan = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "i.txt", receiver.Url);
        var delivery = await WaitForAsync(scan.Id, d => d.GetProperty("status").GetString() == "delivered");
        var retry = $"/api/v1/scans/{scan.Id}/deliveries/{delivery.GetProperty("id").GetGuid()}/retry";

        var nosy = _app.ScansAs(fixture.Other.ApiKey).Http;
        Assert.Equal((HttpStatusCode.NotFound, "scan-not-found"), Pick(await Partners.ProblemOf(await nosy.GetAsync($"/api/v1/scans/{scan.Id}/deliveries"))));
        Assert.Equal((HttpStatusCode.NotFound, "scan-not-found"), Pick(await Partners.ProblemOf(await nosy.PostAsync(retry, null))));
        var anonymous = _app.CreateClient();
        Assert.Equal((HttpStatusCode.Unauthorized, "api-key-required"), Pick(await Partners.ProblemOf(await anonymous.GetAsync($"/api/v1/scans/{scan.Id}/deliveries"))));
        Assert.Equal((HttpStatusCode.Unauthorized, "api-key-required"), Pick(await Partners.ProblemOf(await anonymous.PostAsync(retry, null))));
        var owner = _app.ScansAs(fixture.Tenant.ApiKey).Http;
        Assert.Equal((HttpStatusCode.NotFound, "delivery-not-found"),
            Pick(await Partners.ProblemOf(await owner.PostAsync($"/api/v1/scans/{scan.Id}/deliveries/{Guid.NewGuid()}/retry", null))));
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_retry_sends_a_delivered_event_again_now_with_the_same_webhook_id_and_body()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var scan = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "again.txt", receiver.Url);
        var delivery = await WaitForAsync(scan.Id, d => d.GetProperty("status").GetString() == "delivered");

        using var retried = await _app.ScansAs(fixture.Tenant.ApiKey).Http.PostAsync($"/api/v1/scans/{scan.Id}/deliveries/{delivery.GetProperty("id").GetGuid()}/retry", null);
        Assert.Equal(HttpStatusCode.Accepted, retried.StatusCode);
        var received = await receiver.WaitForAsync(2, Patience);
        var after = await WaitForAsync(scan.Id, d => d.GetProperty("attempts").GetArrayLength() == 2 && d.GetProperty("status").GetString() == "delivered");

        Assert.Equal(received[0].WebhookId, received[1].WebhookId);
        Assert.Equal(received[0].Body, received[1].Body);
        Assert.True(WebhookVerifier.IsValid(received[1], fixture.Tenant.SigningSecret));
        Assert.Equal(2, after.GetProperty("attempts").GetArrayLength());
    }

    [Fact]
    public async Task A_receiver_answering_410_gone_is_never_sent_the_event_again()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = _ => 410;

        var scan = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "gone.txt", receiver.Url);
        var delivery = await WaitForAsync(scan.Id, d => d.GetProperty("status").GetString() == "failed");
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CallbackSweep>().RunAsync(CancellationToken.None);
        }
        await Task.Delay(TimeSpan.FromSeconds(3));

        Assert.Single(receiver.Received);
        Assert.Equal(1, delivery.GetProperty("attempts").GetArrayLength());
        Assert.Contains("410", delivery.GetProperty("lastError").GetString());
        Assert.Equal(JsonValueKind.Null, delivery.GetProperty("nextAttemptAt").ValueKind);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Retry_after_on_a_429_or_503_is_waited_for_up_to_the_limit()
    {
        await using var patient = await CallbackReceiver.StartAsync();
        patient.Answer = n => n == 1 ? 429 : 200;
        patient.RetryAfter = n => n == 1 ? "3" : null;
        await using var greedy = await CallbackReceiver.StartAsync();
        greedy.Answer = n => n == 1 ? 503 : 200;
        greedy.RetryAfter = n => n == 1 ? "86400" : null;

        var first = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "p.txt", patient.Url);
        var second = await _app.ScansAs(fixture.Tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "g.txt", greedy.Url);
        var asked = (await WaitForAsync(first.Id, d => d.GetProperty("status").GetString() == "delivered")).GetProperty("attempts")[0];
        var capped = (await WaitForAsync(second.Id, d => d.GetProperty("status").GetString() == "delivered")).GetProperty("attempts")[0];

        // The schedule alone would have tried again after 1 s.
        Assert.True(patient.Received[1].ReceivedAt - patient.Received[0].ReceivedAt >= TimeSpan.FromSeconds(3));
        Assert.InRange(Wait(asked), TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(1));
        Assert.InRange(Wait(capped), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));
        Assert.True(greedy.Received[1].ReceivedAt - greedy.Received[0].ReceivedAt >= TimeSpan.FromSeconds(5));
    }

    private static TimeSpan Wait(JsonElement attempt) => attempt.GetProperty("nextAttemptAt").GetDateTimeOffset() - attempt.GetProperty("at").GetDateTimeOffset();

    /// <summary>Polls the scan's deliveries (as its tenant) until its one delivery matches.</summary>
    private async Task<JsonElement> WaitForAsync(string scanId, Func<JsonElement, bool> condition)
    {
        var http = _app.ScansAs(fixture.Tenant.ApiKey).Http;
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            using var response = await http.GetAsync($"/api/v1/scans/{scanId}/deliveries");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var deliveries = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("deliveries");
            if (deliveries.GetArrayLength() == 1 && condition(deliveries[0]))
            {
                return deliveries[0].Clone();
            }
            Assert.True(DateTime.UtcNow < deadline, $"the delivery of {scanId} did not get there: {deliveries}");
            await Task.Delay(100);
        }
    }

    private static (HttpStatusCode, string?) Pick((HttpStatusCode Status, string? Code, string? Detail) problem) => (problem.Status, problem.Code);
}

/// <summary>A signing-secret rotation as a receiver sees it: two signatures during the grace period, then only the new one.</summary>
public sealed class SigningSecretRotationTests(DeliveryAppFixture fixture) : IClassFixture<DeliveryAppFixture>
{
    [Fact]
    public async Task During_the_grace_period_each_callback_is_signed_with_both_secrets_and_after_it_with_the_new_one_only()
    {
        var app = fixture.App;
        var tenant = await app.CreateTenantAsync("Rotating Receiver");
        await using var receiver = await CallbackReceiver.StartAsync();
        var rotated = await app.AdminJsonAsync(HttpMethod.Post, $"/api/v1/admin/tenants/{tenant.Id}/signing-secret", new { graceHours = 1 });
        var newSecret = rotated.GetProperty("signingSecret").GetString()!;
        Assert.NotEqual(tenant.SigningSecret, newSecret);

        await app.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "a.txt", receiver.Url);
        var during = (await receiver.WaitForAsync(1, TimeSpan.FromSeconds(60)))[0];
        var signatures = during.Signature!.Split(' ');
        Assert.Equal(2, signatures.Length);
        Assert.True(WebhookVerifier.IsValid(during with { Signature = signatures[0] }, newSecret), "the first signature is the new secret's");
        Assert.True(WebhookVerifier.IsValid(during with { Signature = signatures[1] }, tenant.SigningSecret), "the second is the old secret's");

        fixture.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        try
        {
            await app.ScansAs(tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "b.txt", receiver.Url);
            var after = (await receiver.WaitForAsync(2, TimeSpan.FromSeconds(60)))[1];
            Assert.Single(after.Signature!.Split(' '));
            Assert.True(WebhookVerifier.IsValid(after, newSecret));
            Assert.False(WebhookVerifier.IsValid(after, tenant.SigningSecret));
        }
        finally
        {
            fixture.Clock.Advance(-(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)));
        }
    }
}
