using System.Text.Json;
using Hangfire;
using Ingest.Api.Callbacks;
using Ingest.Api.Hosting;
using Ingest.Data.Callbacks;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// Callbacks may reach loopback (where the test receivers listen); a failed attempt is retried after 1 s, twice. The
/// sweep's schedule is pushed out of the way: the tests run it themselves, so what it finds is what they set up.
/// </summary>
public sealed class CallbackAppFixture : IAsyncLifetime
{
    public AllInOneApp App { get; } = new(Partners.Settings(new()
    {
        ["Callbacks:AllowPrivateNetworks"] = "true",
        ["Callbacks:RetryDelays:0"] = "00:00:01",
        ["Callbacks:RetryDelays:1"] = "00:00:01",
        ["Callbacks:SweepCron"] = "0 0 1 1 *",
        ["PublicBaseUrl"] = "https://scanner.example.com",
    }));

    public CreatedTenant Tenant { get; private set; } = null!;

    public async Task InitializeAsync() => Tenant = await App.CreateTenantAsync("Callback Partner");

    public async Task DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Signed callbacks to a real receiver on loopback: once per event, retried until delivered, given up visibly.</summary>
public sealed class CallbackTests(CallbackAppFixture fixture) : IClassFixture<CallbackAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly AllInOneApp _app = fixture.App;
    private readonly CreatedTenant _tenant = fixture.Tenant;

    [Fact]
    public async Task A_completed_scan_sends_one_signed_scan_completed_event()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var scans = _app.ScansAs(_tenant.ApiKey);

        var accepted = await scans.SubmitWithAsync(ResumeFixtures.TextResume("Cal Back"), "cal.txt", receiver.Url);
        var callback = (await receiver.WaitForAsync(1, Patience))[0];
        var done = await scans.GetAsync(accepted.Id);

        Assert.True(WebhookVerifier.IsValid(callback, _tenant.SigningSecret), "the signature verifies with the secret given at creation");
        Assert.False(WebhookVerifier.IsValid(callback, (await _app.CreateTenantAsync("Someone Else")).SigningSecret));
        Assert.Equal("application/json", callback.ContentType.Split(';')[0]);
        Assert.InRange(long.Parse(callback.Timestamp!), DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.AddMinutes(5).ToUnixTimeSeconds());
        using var body = JsonDocument.Parse(callback.Body);
        var root = body.RootElement;
        Assert.Equal("scan.completed", root.GetProperty("type").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(accepted.Id, data.GetProperty("id").GetString());
        Assert.Equal("completed", data.GetProperty("status").GetString());
        Assert.Equal(done.Score, data.GetProperty("score").GetInt32());
        Assert.Equal($"https://scanner.example.com/api/v1/scans/{accepted.Id}/report.pdf", data.GetProperty("links").GetProperty("reportPdf").GetString());
        Assert.Equal(done.CompletedAt, data.GetProperty("completedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("failure").ValueKind);

        // The last stage's event again (a redelivery) and a sweep: still one delivery, one request.
        var rendered = Observe<ReportRendered>();
        var id = Guid.Parse(accepted.Id);
        await _app.Bus.Publish(new ReportRendered(id, 1, BlobNames.ReportHtml(id), BlobNames.ReportPdf(id), BlobNames.OptimizedPdf(id), BlobNames.OptimizedDocx(id), 1));
        await rendered.WaitForAsync(1, Patience);
        await SweepAsync();
        var deliveries = await DeliveriesOf(accepted.Id);
        var delivery = Assert.Single(deliveries);
        Assert.Equal((1, 200), (delivery.Attempts, delivery.LastStatusCode));
        Assert.NotNull(delivery.DeliveredAt);
        Assert.Equal(WebhookSignature.IdOf(delivery.Id), callback.WebhookId);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_corrupt_file_sends_scan_failed_with_the_reason()
    {
        await using var receiver = await CallbackReceiver.StartAsync();

        var accepted = await _app.ScansAs(_tenant.ApiKey).SubmitWithAsync(ResumeFixtures.CorruptPdf(), "broken.pdf", receiver.Url);
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        Assert.True(WebhookVerifier.IsValid(callback, _tenant.SigningSecret));
        using var body = JsonDocument.Parse(callback.Body);
        Assert.Equal("scan.failed", body.RootElement.GetProperty("type").GetString());
        var data = body.RootElement.GetProperty("data");
        Assert.Equal((accepted.Id, "failed"), (data.GetProperty("id").GetString(), data.GetProperty("status").GetString()));
        var failure = data.GetProperty("failure");
        Assert.Equal(("parse", "corrupt"), (failure.GetProperty("stage").GetString(), failure.GetProperty("code").GetString()));
        Assert.False(string.IsNullOrWhiteSpace(failure.GetProperty("message").GetString()));
    }

    [Fact]
    public async Task A_receiver_that_answers_500_gets_the_event_again_with_the_same_webhook_id_until_it_takes_it()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = n => n <= 2 ? 500 : 204;

        var accepted = await _app.ScansAs(_tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "retry.txt", receiver.Url);
        var received = await receiver.WaitForAsync(3, Patience);
        var delivery = await WaitForDeliveryAsync(accepted.Id, d => d.DeliveredAt is not null);

        Assert.Equal(3, received.Count);
        Assert.Single(received.Select(r => r.WebhookId).Distinct());
        Assert.Single(received.Select(r => r.Body).Distinct());
        Assert.All(received, r => Assert.True(WebhookVerifier.IsValid(r, _tenant.SigningSecret)));
        Assert.Equal(WebhookSignature.IdOf(delivery.Id), received[0].WebhookId);
        Assert.Equal((3, 204), (delivery.Attempts, delivery.LastStatusCode));
        Assert.Null(delivery.GaveUpAt);
    }

    [Fact]
    public async Task A_receiver_that_is_down_gets_the_event_when_it_is_back()
    {
        var port = FreePort.Next();
        var url = $"http://127.0.0.1:{port}/hooks/scans";

        var accepted = await _app.ScansAs(_tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "down.txt", url);
        var failed = await WaitForDeliveryAsync(accepted.Id, d => d.Attempts >= 1);
        Assert.Null(failed.DeliveredAt);
        Assert.Contains("Could not reach", failed.LastError);
        await using var receiver = await CallbackReceiver.StartAsync(port);

        var callback = (await receiver.WaitForAsync(1, Patience))[0];
        var delivered = await WaitForDeliveryAsync(accepted.Id, d => d.DeliveredAt is not null);

        Assert.Equal(WebhookSignature.IdOf(failed.Id), callback.WebhookId);
        Assert.True(WebhookVerifier.IsValid(callback, _tenant.SigningSecret));
        Assert.True(delivered.Attempts >= 2);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task A_receiver_that_never_takes_it_is_given_up_after_the_last_retry_in_the_database_and_the_metrics()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        receiver.Answer = _ => 503;

        var accepted = await _app.ScansAs(_tenant.ApiKey).SubmitWithAsync(ResumeFixtures.TextResume(), "never.txt", receiver.Url);
        var delivery = await WaitForDeliveryAsync(accepted.Id, d => d.GaveUpAt is not null);

        Assert.Equal((3, 503), (delivery.Attempts, delivery.LastStatusCode));
        Assert.Null(delivery.DeliveredAt);
        Assert.Contains("503", delivery.LastError);
        Assert.Equal(3, receiver.Received.Count);
        await SweepAsync();
        Assert.Equal(3, receiver.Received.Count);
        var metrics = PrometheusText.Parse(await _app.CreateClient().GetStringAsync("/metrics"));
        Assert.True(metrics.Sum("pipeline_callbacks_given_up_total") >= 1, "the given-up delivery is counted");
    }

    [Fact]
    public async Task A_finished_scan_whose_callback_was_never_recorded_is_found_and_delivered_by_the_sweep()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        // As if the process died right after the status UPDATE: the scan is completed and nothing else happened.
        var id = await _app.WithDbAsync(async db =>
        {
            var earlier = DateTimeOffset.UtcNow.AddMinutes(-5);
            var scan = new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = receiver.Url, Role = "backend-developer", Status = ScanStatus.Completed,
                Score = 71, CreatedAt = earlier, UpdatedAt = earlier, CompletedAt = earlier,
            };
            db.Scans.Add(scan);
            await db.SaveChangesAsync();
            return scan.Id;
        });

        var (recorded, _) = await SweepAsync();
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        Assert.True(recorded >= 1);
        Assert.True(WebhookVerifier.IsValid(callback, _tenant.SigningSecret));
        using var body = JsonDocument.Parse(callback.Body);
        Assert.Equal(("scan.completed", AllInOneApp.IdOf(id), 71),
            (body.RootElement.GetProperty("type").GetString(), body.RootElement.GetProperty("data").GetProperty("id").GetString(),
             body.RootElement.GetProperty("data").GetProperty("score").GetInt32()));
        await WaitForDeliveryAsync(AllInOneApp.IdOf(id), d => d.DeliveredAt is not null);
        Assert.Equal(0, (await SweepAsync()).Recorded);
    }

    [Fact]
    public async Task A_recorded_delivery_whose_job_was_lost_is_restarted_by_the_sweep()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        // As after a restart with in-memory job storage: the row is there and overdue, no job knows about it.
        var deliveryId = await _app.WithDbAsync(async db =>
        {
            var earlier = DateTimeOffset.UtcNow.AddMinutes(-10);
            var scan = new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = receiver.Url, Role = "backend-developer", Status = ScanStatus.Failed,
                FailureStage = "parse", FailureCode = "corrupt", FailureMessage = "The PDF is damaged.", CreatedAt = earlier, UpdatedAt = earlier, CompletedAt = earlier,
            };
            db.Scans.Add(scan);
            var delivery = new CallbackDelivery
            {
                Id = Guid.NewGuid(), SubjectId = scan.Id, TenantId = _tenant.Id, Event = "scan.failed", Url = receiver.Url,
                Payload = """{"type":"scan.failed","data":{"id":"lost"}}""", CreatedAt = earlier, NextAttemptAt = earlier, Attempts = 1,
            };
            db.CallbackDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            return delivery.Id;
        });

        var (_, restarted) = await SweepAsync();
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        Assert.True(restarted >= 1);
        Assert.Equal(WebhookSignature.IdOf(deliveryId), callback.WebhookId);
        Assert.Equal("""{"type":"scan.failed","data":{"id":"lost"}}""", callback.Body);
        Assert.True(WebhookVerifier.IsValid(callback, _tenant.SigningSecret));
    }

    [Fact]
    public async Task A_scan_the_stuck_scan_sweep_gives_up_on_sends_scan_failed_with_the_timeout()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        var id = await _app.WithDbAsync(async db =>
        {
            var earlier = DateTimeOffset.UtcNow.AddHours(-1);
            var scan = new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = receiver.Url, Role = "backend-developer", Status = ScanStatus.Parsed,
                Attempts = 3, CreatedAt = earlier, UpdatedAt = earlier,
            };
            db.Scans.Add(scan);
            await db.SaveChangesAsync();
            return scan.Id;
        });

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<Ingest.Api.Sweeps.StuckScanSweep>().RunAsync(CancellationToken.None);
        }
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        using var body = JsonDocument.Parse(callback.Body);
        Assert.Equal("scan.failed", body.RootElement.GetProperty("type").GetString());
        var failure = body.RootElement.GetProperty("data").GetProperty("failure");
        Assert.Equal((AllInOneApp.IdOf(id), "score", "timeout"),
            (body.RootElement.GetProperty("data").GetProperty("id").GetString(), failure.GetProperty("stage").GetString(), failure.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_delivery_job_that_starts_before_its_attempt_is_due_runs_again_when_it_is()
    {
        // Hangfire keeps scheduled times in whole seconds, so a scheduled attempt can start a little early.
        await using var receiver = await CallbackReceiver.StartAsync();
        var deliveryId = await _app.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var scan = new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = receiver.Url, Role = "backend-developer", Status = ScanStatus.Completed,
                Score = 64, CreatedAt = now, UpdatedAt = now, CompletedAt = now,
            };
            db.Scans.Add(scan);
            var delivery = new CallbackDelivery
            {
                Id = Guid.NewGuid(), SubjectId = scan.Id, TenantId = _tenant.Id, Event = "scan.completed", Url = receiver.Url,
                Payload = """{"type":"scan.completed"}""", CreatedAt = now, NextAttemptAt = now.AddSeconds(2), Attempts = 1,
            };
            db.CallbackDeliveries.Add(delivery);
            await db.SaveChangesAsync();
            return delivery.Id;
        });

        _app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<CallbackDeliveryJob>(job => job.RunAsync(deliveryId, CancellationToken.None));
        var callback = (await receiver.WaitForAsync(1, Patience))[0];

        Assert.Equal(WebhookSignature.IdOf(deliveryId), callback.WebhookId);
        Assert.Single(receiver.Received);
    }

    [Fact]
    public async Task Deliveries_finished_longer_ago_than_the_retention_period_are_removed_and_not_made_again()
    {
        var (oldScan, recentScan) = await _app.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var scans = new[] { now.AddDays(-40), now.AddDays(-1) }.Select(at => new Scan
            {
                Id = Guid.NewGuid(), TenantId = _tenant.Id, CallbackUrl = "https://hooks.example.com/", Role = "backend-developer",
                Status = ScanStatus.Completed, CreatedAt = at, UpdatedAt = at, CompletedAt = at,
            }).ToList();
            db.Scans.AddRange(scans);
            db.CallbackDeliveries.AddRange(scans.Select(scan => new CallbackDelivery
            {
                Id = Guid.NewGuid(), SubjectId = scan.Id, TenantId = _tenant.Id, Event = "scan.completed", Url = "https://hooks.example.com/", Payload = "{}",
                CreatedAt = scan.UpdatedAt, NextAttemptAt = scan.UpdatedAt, Attempts = 1, DeliveredAt = scan.UpdatedAt,
            }));
            await db.SaveChangesAsync();
            return (scans[0].Id, scans[1].Id);
        });

        var (recorded, _) = await SweepAsync();

        Assert.Empty(await DeliveriesOf(AllInOneApp.IdOf(oldScan)));
        Assert.Single(await DeliveriesOf(AllInOneApp.IdOf(recentScan)));
        Assert.Equal(0, recorded);
        Assert.Equal(0, (await SweepAsync()).Recorded);
    }

    [Fact]
    public void The_links_in_a_callback_are_absolute_on_the_public_base_url_with_its_path_kept()
    {
        var now = DateTimeOffset.UtcNow;
        var scan = new Scan { Id = Guid.NewGuid(), Role = "backend-developer", Status = ScanStatus.Completed, Score = 90, CreatedAt = now, UpdatedAt = now, CompletedAt = now };

        using var plain = JsonDocument.Parse(CallbackEvent.Of(scan, new PublicAddressOptions()).ToJson());
        using var withPath = JsonDocument.Parse(CallbackEvent.Of(scan, new PublicAddressOptions { PublicBaseUrl = "https://example.com/resumes" }).ToJson());

        var id = AllInOneApp.IdOf(scan.Id);
        Assert.Equal($"http://localhost:5000/api/v1/scans/{id}/report.pdf", plain.RootElement.GetProperty("data").GetProperty("links").GetProperty("reportPdf").GetString());
        Assert.Equal($"https://example.com/resumes/api/v1/scans/{id}/report.pdf", withPath.RootElement.GetProperty("data").GetProperty("links").GetProperty("reportPdf").GetString());
        Assert.Equal(now, plain.RootElement.GetProperty("timestamp").GetDateTimeOffset());
    }

    private async Task<(int Recorded, int Restarted)> SweepAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CallbackSweep>().RunAsync(CancellationToken.None);
    }

    private Task<List<CallbackDelivery>> DeliveriesOf(string scanId) =>
        _app.WithDbAsync(db => db.CallbackDeliveries.AsNoTracking().Where(d => d.SubjectId == Guid.Parse(scanId)).ToListAsync());

    private async Task<CallbackDelivery> WaitForDeliveryAsync(string scanId, Func<CallbackDelivery, bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            if ((await DeliveriesOf(scanId)).SingleOrDefault() is { } delivery && condition(delivery))
            {
                return delivery;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The delivery of scan {scanId} did not reach the expected state.");
            }
            await Task.Delay(100);
        }
    }

    private ConsumedMessages<T> Observe<T>() where T : class
    {
        var observer = new ConsumedMessages<T>();
        _app.Bus.ConnectConsumeObserver(observer);
        return observer;
    }
}
