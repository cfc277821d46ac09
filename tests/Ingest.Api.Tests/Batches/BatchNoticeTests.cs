using Ingest.Api.Batches.Notices;
using Ingest.Api.Tests.Subscribers;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>A batch's completion notices: sent once, whoever completes it and however often its events arrive.</summary>
public sealed class BatchNoticeTests
{
    private const string Contact = "careers@riverside.example";

    [Fact]
    public async Task The_contact_is_mailed_once_with_the_headline_figures_and_a_link_without_the_key()
    {
        await using var mail = new MailCatcher();
        await using var app = new AllInOneApp(BatchTesting.Settings(new(mail.Settings) { ["PublicBaseUrl"] = "https://scanner.example.edu" }));
        var tenant = await app.CreateTenantAsync("Riverside");
        var batches = app.BatchesAs(tenant.ApiKey);
        var zip = new ZipBuilder()
            .Add("fair/ana.txt", ResumeFixtures.TextResume("Ana Lima"))
            .Add("fair/broken.pdf", ResumeFixtures.CorruptPdf())
            .Add("fair/photo.png", ResumeFixtures.Gif())
            .Build();
        var batch = await BatchesClient.AcceptedAsync(await batches.SubmitZipAsync(zip, "fair.zip", new Dictionary<string, string> { ["contactEmail"] = Contact }));
        await batches.WaitForEndAsync(batch.Id, BatchTesting.Patience);

        var message = (await mail.WaitForAsync(Contact))[0];
        Assert.Equal("Batch done: fair.zip, 1 of 2 resumes scored", message.Subject);
        Assert.Contains("Could not be read:      1", message.TextBody);
        Assert.Contains("Files skipped:          1", message.TextBody);
        Assert.Contains($"https://scanner.example.edu/centre#batch={batch.Id}", message.TextBody);
        Assert.DoesNotContain(tenant.ApiKey, message.TextBody + message.HtmlBody);

        // A redelivered end, the sweep and a second job all find the mail sent.
        await RedeliverEndAsync(app, batch.Id, s => s.Status == Ingest.Data.Scans.ScanStatus.Completed);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BatchSweep>().RunAsync(CancellationToken.None));
            await scope.ServiceProvider.GetRequiredService<BatchMailJob>().SendAsync(Guid.Parse(batch.Id), CancellationToken.None);
        }
        Assert.Single(mail.To(Contact));
        Assert.NotNull(await app.WithDbAsync(db => db.Batches.Where(b => b.Id == Guid.Parse(batch.Id)).Select(b => b.MailedAt).SingleAsync()));
    }

    [Fact]
    public async Task The_tenant_gets_one_signed_batch_completed_callback_and_sees_it_among_the_batchs_deliveries()
    {
        await using var receiver = await CallbackReceiver.StartAsync();
        await using var app = new AllInOneApp(BatchTesting.Settings(new()
        {
            ["Callbacks:AllowPrivateNetworks"] = "true",
            ["PublicBaseUrl"] = "https://scanner.example.edu",
        }));
        var tenant = await app.CreateTenantAsync("Hooked Centre");
        var batches = app.BatchesAs(tenant.ApiKey);
        var zip = new ZipBuilder().Add("a/kai.txt", ResumeFixtures.TextResume("Kai Moana")).Add("a/leo.txt", ResumeFixtures.TextResume("Leo Park")).Build();
        var batch = await BatchesClient.AcceptedAsync(await batches.SubmitZipAsync(zip, "hooked.zip", new Dictionary<string, string> { ["callbackUrl"] = receiver.Url }));
        await batches.WaitForEndAsync(batch.Id, BatchTesting.Patience);

        var callback = (await receiver.WaitForAsync(1, BatchTesting.Patience))[0];
        Assert.True(WebhookVerifier.IsValid(callback, tenant.SigningSecret));
        using (var body = System.Text.Json.JsonDocument.Parse(callback.Body))
        {
            var root = body.RootElement;
            Assert.Equal("batch.completed", root.GetProperty("type").GetString());
            var data = root.GetProperty("data");
            Assert.Equal((batch.Id, "completed", 2, 2), (data.GetProperty("id").GetString(), data.GetProperty("status").GetString(),
                data.GetProperty("total").GetInt32(), data.GetProperty("completed").GetInt32()));
            Assert.Equal($"https://scanner.example.edu/api/v1/batches/{batch.Id}/results.csv", data.GetProperty("links").GetProperty("resultsCsv").GetString());
        }

        // A redelivered end and the sweep find it recorded; the deliveries route shows it delivered, to its owner only.
        await RedeliverEndAsync(app, batch.Id, _ => true);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<BatchSweep>().RunAsync(CancellationToken.None));
        }
        var deadline = DateTime.UtcNow + BatchTesting.Patience;
        System.Text.Json.JsonElement delivery;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "the delivery was marked delivered");
            await Task.Delay(50);
            using var list = System.Text.Json.JsonDocument.Parse(await batches.Http.GetStringAsync($"/api/v1/batches/{batch.Id}/deliveries"));
            delivery = list.RootElement.GetProperty("deliveries").EnumerateArray().Single().Clone();
        }
        while (delivery.GetProperty("status").GetString() != "delivered");
        Assert.Equal("batch.completed", delivery.GetProperty("event").GetString());
        Assert.Equal(callback.WebhookId, delivery.GetProperty("webhookId").GetString());
        Assert.Single(receiver.Received);
        var other = await app.CreateTenantAsync("Nosy Centre");
        using var nosy = await app.BatchesAs(other.ApiKey).Http.GetAsync($"/api/v1/batches/{batch.Id}/deliveries");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, nosy.StatusCode);
    }

    [Fact]
    public async Task Two_instances_on_one_database_count_every_scan_once_and_mail_once()
    {
        var services = DistributedSettings.Load();
        var name = $"pipeline_batches_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(services["ConnectionStrings__Pipeline"], name);
        var data = Directory.CreateTempSubdirectory("batches-shared-").FullName;
        try
        {
            await using var mail = new MailCatcher();
            // One database and one blob folder, as two API instances behind a load balancer share them.
            var shared = BatchTesting.Settings(new(mail.Settings)
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Pipeline"] = connectionString,
                ["Pipeline:DataPath"] = data,
                ["Batches:InFlightPerTenant"] = "3",
                ["Batches:InFlight"] = "3",
            });
            await using var first = new AllInOneApp(shared);
            await using var second = new AllInOneApp(shared);
            var tenant = await first.CreateTenantAsync("Shared Centre");
            _ = second.Server;
            var zip = new ZipBuilder();
            for (var i = 0; i < 12; i++)
            {
                zip.Add($"c/{i:00}.txt", ResumeFixtures.TextResume($"Shared Student {(char)('A' + i)}{(char)('a' + i)}"));
            }

            var batch = await BatchesClient.AcceptedAsync(await second.BatchesAs(tenant.ApiKey).SubmitZipAsync(zip.Build(), "shared.zip",
                new Dictionary<string, string> { ["contactEmail"] = Contact }));
            var ended = await first.BatchesAs(tenant.ApiKey).WaitForEndAsync(batch.Id, BatchTesting.Patience);
            await mail.WaitForAsync(Contact);

            var id = Guid.Parse(batch.Id);
            var row = await first.WithDbAsync(db => db.Batches.AsNoTracking().SingleAsync(b => b.Id == id));
            Assert.Equal((12, 12), (row.Released, row.Completed + row.Failed));
            Assert.Equal(12, ended.Completed + ended.Failed);
            var outbox = await first.WithDbAsync(db => db.Outbox.AsNoTracking()
                .Where(m => m.MessageType == nameof(ResumeUploaded) && db.Scans.Any(s => s.Id == m.ScanId && s.BatchId == id)).CountAsync());
            Assert.Equal(12, outbox);

            // The same end delivered to both instances at once changes nothing.
            var scan = await first.WithDbAsync(db => db.Scans.AsNoTracking().FirstAsync(s => s.BatchId == id));
            var rendered = new ReportRendered(scan.Id, 77, BlobNames.ReportHtml(scan.Id), BlobNames.ReportPdf(scan.Id), BlobNames.OptimizedPdf(scan.Id), BlobNames.OptimizedDocx(scan.Id), 1, Lane.Batch);
            var seenFirst = new ConsumedMessages<ReportRendered>();
            var seenSecond = new ConsumedMessages<ReportRendered>();
            first.Bus.ConnectConsumeObserver(seenFirst);
            second.Bus.ConnectConsumeObserver(seenSecond);
            await Task.WhenAll(first.Bus.Publish(rendered), second.Bus.Publish(rendered));
            await Task.WhenAll(seenFirst.WaitForAsync(1, BatchTesting.Patience), seenSecond.WaitForAsync(1, BatchTesting.Patience));
            var after = await first.WithDbAsync(db => db.Batches.AsNoTracking().SingleAsync(b => b.Id == id));
            Assert.Equal((row.Completed, row.Failed, row.FinishedAt), (after.Completed, after.Failed, after.FinishedAt));
            Assert.Single(mail.To(Contact));
        }
        finally
        {
            await PostgresDatabases.DropAsync(services["ConnectionStrings__Pipeline"], name);
            Directory.Delete(data, recursive: true);
        }
    }

    /// <summary>Publishes a batch scan's end event again, as a redelivery would, and waits until it was consumed.</summary>
    private static async Task RedeliverEndAsync(AllInOneApp app, string batchId, System.Linq.Expressions.Expression<Func<Ingest.Data.Scans.Scan, bool>> which)
    {
        var scan = await app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == Guid.Parse(batchId)).FirstAsync(which));
        var seen = new ConsumedMessages<ReportRendered>();
        app.Bus.ConnectConsumeObserver(seen);
        await app.Bus.Publish(new ReportRendered(scan.Id, 80, BlobNames.ReportHtml(scan.Id), BlobNames.ReportPdf(scan.Id), BlobNames.OptimizedPdf(scan.Id), BlobNames.OptimizedDocx(scan.Id), 1, Lane.Batch));
        await seen.WaitForAsync(1, BatchTesting.Patience);
    }
}
