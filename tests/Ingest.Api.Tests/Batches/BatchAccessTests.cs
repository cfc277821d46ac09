using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>A tenant's batches are its own on every route, and erasing one erases every scan in it.</summary>
public sealed class BatchAccessTests : IAsyncLifetime
{
    /// <summary>Every batch route, as method and path after <c>/api/v1/batches/{id}</c>.</summary>
    public static readonly (HttpMethod Method, string Path)[] Routes =
    [
        (HttpMethod.Get, ""), (HttpMethod.Get, "/events"), (HttpMethod.Get, "/results.csv"), (HttpMethod.Get, "/summary.json"),
        (HttpMethod.Get, "/summary.pdf"), (HttpMethod.Get, "/reports.zip"), (HttpMethod.Get, "/deliveries"),
        (HttpMethod.Post, $"/deliveries/{Guid.NewGuid()}/retry"), (HttpMethod.Delete, ""),
    ];

    private readonly AllInOneApp _app = new(BatchTesting.Settings());
    private CreatedTenant _owner = null!;
    private CreatedTenant _other = null!;

    public async Task InitializeAsync()
    {
        _owner = await _app.CreateTenantAsync("Owner Centre");
        _other = await _app.CreateTenantAsync("Other Centre");
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Another_tenants_batch_is_not_found_on_any_route_and_nothing_is_erased()
    {
        var owners = _app.BatchesAs(_owner.ApiKey);
        var batch = await owners.SubmitAcceptedAsync(new ZipBuilder().Add("kim.txt", ResumeFixtures.TextResume("Kim Park")).Build());
        await owners.WaitForEndAsync(batch.Id, BatchTesting.Patience);
        var others = _app.BatchesAs(_other.ApiKey);
        var anonymous = _app.BatchesAs(null);

        foreach (var (method, path) in Routes)
        {
            using var request = new HttpRequestMessage(method, $"/api/v1/batches/{batch.Id}{path}");
            using var answer = await others.Http.SendAsync(request);
            Assert.Equal((HttpStatusCode.NotFound, "batch-not-found"), Pick(await Partners.ProblemOf(answer)));

            using var anonymousRequest = new HttpRequestMessage(method, $"/api/v1/batches/{batch.Id}{path}");
            using var anonymousAnswer = await anonymous.Http.SendAsync(anonymousRequest);
            Assert.Equal((HttpStatusCode.Unauthorized, "api-key-required"), Pick(await Partners.ProblemOf(anonymousAnswer)));
        }
        var otherList = await others.Http.GetStringAsync("/api/v1/batches");
        Assert.DoesNotContain(batch.Id, otherList);
        Assert.Contains(batch.Id, await owners.Http.GetStringAsync("/api/v1/batches"));
        // The batch's scans are the owner's too.
        var scanId = await _app.WithDbAsync(db => db.Scans.Where(s => s.BatchId == Guid.Parse(batch.Id)).Select(s => s.Id).SingleAsync());
        using var otherScan = await others.Http.GetAsync($"/api/v1/scans/{BlobNames.Id(scanId)}");
        Assert.Equal(HttpStatusCode.NotFound, otherScan.StatusCode);

        var still = await owners.GetAsync(batch.Id);
        Assert.Equal(("completed", 1), (still.Status, still.Completed));
    }

    [Fact]
    public async Task The_list_is_newest_first_a_page_at_a_time()
    {
        var owners = _app.BatchesAs(_owner.ApiKey);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await owners.SubmitAcceptedAsync(new ZipBuilder().Add($"p{i}.txt", ResumeFixtures.TextResume($"Page Person {i}")).Build())).Id);
        }

        var first = await owners.Http.GetFromJsonAsync<PageState>("/api/v1/batches?pageSize=2", BatchState.Json);
        var second = await owners.Http.GetFromJsonAsync<PageState>(first!.Next!, BatchState.Json);

        Assert.Equal(3, first.Total);
        Assert.Equal([ids[2], ids[1]], first.Items.Select(b => b.Id));
        Assert.Equal([ids[0]], second!.Items.Select(b => b.Id));
        Assert.Null(second.Next);
        Assert.All(first.Items, b => Assert.Null(b.Entries));
    }

    [Fact]
    public async Task Deleting_a_batch_erases_every_scan_in_it_as_a_scans_delete_does()
    {
        var owners = _app.BatchesAs(_owner.ApiKey);
        var zip = new ZipBuilder()
            .Add("a/lee.txt", ResumeFixtures.TextResume("Lee Chen"))
            .Add("a/sam.pdf", ResumeFixtures.TextPdf("Sam Ortiz"))
            .Add("a/photo.png", ResumeFixtures.Gif())
            .Build();
        var batch = await BatchesClient.AcceptedAsync(await owners.SubmitZipAsync(zip, fields: new Dictionary<string, string>
        {
            ["jobDescription"] = ResumeFixtures.JobPosting,
            ["contactEmail"] = "careers@example.edu",
        }));
        await owners.WaitForEndAsync(batch.Id, BatchTesting.Patience);
        var batchId = Guid.Parse(batch.Id);
        var scans = await _app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == batchId).Select(s => s.Id).ToListAsync());
        Assert.NotEmpty(_app.BlobFilesOf(BlobNames.Id(scans[0])));

        using var deleted = await owners.Http.DeleteAsync($"/api/v1/batches/{batch.Id}");
        using var again = await owners.Http.DeleteAsync($"/api/v1/batches/{batch.Id}");
        using var gone = await owners.Http.GetAsync($"/api/v1/batches/{batch.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal((HttpStatusCode.Gone, "batch-deleted"), Pick(await Partners.ProblemOf(gone)));
        foreach (var scan in scans)
        {
            Assert.Empty(_app.BlobFilesOf(BlobNames.Id(scan)));
            using var scanAnswer = await owners.Http.GetAsync($"/api/v1/scans/{BlobNames.Id(scan)}");
            Assert.Equal(HttpStatusCode.Gone, scanAnswer.StatusCode);
        }
        Assert.Empty(_app.BlobFilesOf(batch.Id));
        var rows = await _app.WithDbAsync(async db => new
        {
            Scans = await db.Scans.AsNoTracking().Where(s => s.BatchId == batchId).ToListAsync(),
            Batch = await db.Batches.AsNoTracking().SingleAsync(b => b.Id == batchId),
            Entries = await db.BatchEntries.CountAsync(e => e.BatchId == batchId),
        });
        Assert.All(rows.Scans, s => Assert.True(s.DeletedAt is not null && s.FileName is null && s.EntryName is null && s.ContentSha256 is null && s.Score is null));
        Assert.Null(rows.Batch.ContactEmail);
        Assert.False(rows.Batch.HasJobDescription);
        Assert.Equal(0, rows.Entries);
        Assert.DoesNotContain(batch.Id, await owners.Http.GetStringAsync("/api/v1/batches"));
    }

    [Fact]
    public async Task Deleting_a_tenant_erases_its_batches_and_leaves_another_tenants_alone()
    {
        var owners = _app.BatchesAs(_owner.ApiKey);
        var others = _app.BatchesAs(_other.ApiKey);
        var leaving = await owners.SubmitAcceptedAsync(new ZipBuilder()
            .Add("lea.txt", ResumeFixtures.TextResume("Lea Ving"))
            .Add("photo.png", ResumeFixtures.Gif())
            .Build(), new Dictionary<string, string> { ["jobDescription"] = ResumeFixtures.JobPosting, ["contactEmail"] = "careers@leaving.example" });
        var staying = await others.SubmitAcceptedAsync(new ZipBuilder().Add("stay.txt", ResumeFixtures.TextResume("Stay Put")).Build());
        await owners.WaitForEndAsync(leaving.Id, BatchTesting.Patience);
        await others.WaitForEndAsync(staying.Id, BatchTesting.Patience);
        var (leavingId, stayingId) = (Guid.Parse(leaving.Id), Guid.Parse(staying.Id));
        var scanOf = async (Guid batchId) => BlobNames.Id(await _app.WithDbAsync(db => db.Scans.Where(s => s.BatchId == batchId).Select(s => s.Id).SingleAsync()));
        var (leavingScan, stayingScan) = (await scanOf(leavingId), await scanOf(stayingId));
        Assert.NotEmpty(_app.BlobFilesOf(leavingScan));
        Assert.NotEmpty(_app.BlobFilesOf(leaving.Id));

        await _app.AdminJsonAsync(HttpMethod.Delete, $"/api/v1/admin/tenants/{_owner.Id}", expected: HttpStatusCode.Accepted);

        var deadline = DateTime.UtcNow + BatchTesting.Patience;
        while (await _app.WithDbAsync(db => db.Tenants.AnyAsync(t => t.Id == _owner.Id)))
        {
            Assert.True(DateTime.UtcNow < deadline, "the tenant was not erased");
            await Task.Delay(100);
        }
        Assert.Equal(0, await _app.WithDbAsync(db => db.Batches.CountAsync(b => b.Id == leavingId)));
        Assert.Equal(0, await _app.WithDbAsync(db => db.BatchEntries.CountAsync(e => e.BatchId == leavingId)));
        Assert.Empty(_app.BlobFilesOf(leavingScan));
        Assert.Empty(_app.BlobFilesOf(leaving.Id));
        var erasedScan = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.BatchId == leavingId));
        Assert.True(erasedScan.DeletedAt is not null && erasedScan.FileName is null && erasedScan.EntryName is null);

        var kept = await others.GetAsync(staying.Id);
        Assert.Equal(("completed", 1), (kept.Status, kept.Completed));
        Assert.NotEmpty(_app.BlobFilesOf(stayingScan));
        using var csv = await others.Http.GetAsync($"/api/v1/batches/{staying.Id}/results.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_behind()
    {
        // A real connection that the caller drops, which the in-memory test server cannot show.
        await using var app = new AllInOneApp(BatchTesting.Settings());
        var baseAddress = app.StartOnLoopback();
        var owner = await app.CreateTenantAsync("Dropping Centre");
        var body = new StalledUpload([
            ("one.txt", ResumeFixtures.TextResume("Una One")),
            ("two.txt", ResumeFixtures.TextResume("Tomas Two")),
            ("three.pdf", ResumeFixtures.TextPdf("Thea Three")),
        ]);
        using var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", owner.ApiKey);
        using var cancel = new CancellationTokenSource();

        var sending = http.PostAsync("/api/v1/batches", body, cancel.Token);
        // The three files reached the blob store; the fourth is on its way when the caller gives up.
        await WaitUntilAsync(() => app.StoredUploads().Count == 3);
        cancel.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sending);

        await WaitUntilAsync(() => app.StoredUploads().Count == 0);
        Assert.Equal(0, await app.WithDbAsync(db => db.Batches.CountAsync()));
        Assert.Equal(0, await app.WithDbAsync(db => db.Scans.CountAsync()));

        // The same for a ZIP cut off halfway: its spooled copy goes too.
        var zip = new ZipBuilder().Add("big.txt", ResumeFixtures.LargeText(2_000_000), System.IO.Compression.CompressionLevel.NoCompression).Build();
        using var cancelZip = new CancellationTokenSource();
        var zipSending = http.PostAsync("/api/v1/batches", new StalledZip(zip), cancelZip.Token);
        await WaitUntilAsync(() => app.SpooledArchives().Count == 1);
        cancelZip.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => zipSending);
        await WaitUntilAsync(() => app.SpooledArchives().Count == 0);
        Assert.Equal(0, await app.WithDbAsync(db => db.Batches.CountAsync()));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + BatchTesting.Patience;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold in time");
            await Task.Delay(20);
        }
    }

    private static (HttpStatusCode, string?) Pick((HttpStatusCode Status, string? Code, string? Detail) problem) => (problem.Status, problem.Code);

    private sealed record PageState(List<BatchState> Items, int Page, int PageSize, int Total, string? Next);
}
