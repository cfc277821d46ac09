using Ingest.Data.Scans;
using MassTransit;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>The status consumer: forward only, idempotent, and a fault from a stage ends the scan.</summary>
public sealed class ScanStatusTests(AllInOneAppFixture fixture) : IClassFixture<AllInOneAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task Events_that_arrive_twice_or_late_never_move_a_status_backwards()
    {
        var id = await InsertScanAsync();
        var scans = _app.Scans();
        var rendered = new ReportRendered(id, 87, BlobNames.ReportHtml(id), BlobNames.ReportPdf(id), BlobNames.OptimizedPdf(id), BlobNames.OptimizedDocx(id), 1);

        // Completion overtakes the earlier stages' events.
        await _app.Bus.Publish(rendered);
        var completed = await scans.WaitForEndAsync(AllInOneApp.IdOf(id), Patience);
        Assert.Equal(("completed", 87), (completed.Status, completed.Score));

        var parsedSeen = Observe<ResumeParsed>();
        var scoredSeen = Observe<ResumeScored>();
        var failedSeen = Observe<ScanFailed>();
        var renderedSeen = Observe<ReportRendered>();
        await _app.Bus.Publish(new ResumeParsed(id, BlobNames.Parsed(id), "backend-developer", null, 1));
        await _app.Bus.Publish(new ResumeScored(id, BlobNames.Parsed(id), BlobNames.Score(id), 12, 1));
        await _app.Bus.Publish(new ScanFailed(id, "render", "internal", "late failure"));
        await _app.Bus.Publish(rendered with { Score = 13 });
        // The in-process stages see the late events too, find no input, and report failures of their own: three ScanFailed.
        await Task.WhenAll(parsedSeen.WaitForAsync(1, Patience), scoredSeen.WaitForAsync(1, Patience),
            failedSeen.WaitForAsync(3, Patience), renderedSeen.WaitForAsync(1, Patience));

        var after = await scans.GetAsync(AllInOneApp.IdOf(id));
        Assert.Equal("completed", after.Status);
        Assert.Equal(87, after.Score);
        Assert.Equal(completed.CompletedAt, after.CompletedAt);
        Assert.Null(after.Failure);
    }

    [Fact]
    public async Task A_scan_that_failed_after_parsing_keeps_its_parsed_resume_downloadable()
    {
        var id = await InsertScanAsync(scan =>
        {
            scan.Status = ScanStatus.Failed;
            scan.FailureStage = "score";
            scan.FailureCode = "internal";
            scan.FailureMessage = "The score stage could not finish.";
        });
        await _app.Blobs.PutTextAsync(BlobNames.Parsed(id), """{"basics":{"name":"Kept"}}""", "application/json");
        var scans = _app.Scans();

        var failed = await scans.GetAsync(AllInOneApp.IdOf(id));

        Assert.Equal(("failed", "score", "internal"), (failed.Status, failed.Failure!.Stage, failed.Failure.Code));
        Assert.Equal(["self", "resume"], failed.Links.Keys);
        Assert.Contains("Kept", await scans.Http.GetStringAsync(failed.Links["resume"]));
        using var score = await scans.Http.GetAsync($"/api/v1/scans/{failed.Id}/score.json");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, score.StatusCode);
    }

    [Fact]
    public async Task A_stage_message_that_keeps_failing_goes_to_its_error_queue_and_its_fault_fails_the_scan()
    {
        // A parsed blob the score stage cannot even read: every retry throws, so the message faults.
        var id = await InsertScanAsync();
        await _app.Blobs.PutTextAsync(BlobNames.Parsed(id), "{ this is not json", "application/json");

        await _app.Bus.Publish(new ResumeParsed(id, BlobNames.Parsed(id), "backend-developer", null, 1));
        var failed = await _app.Scans().WaitForEndAsync(AllInOneApp.IdOf(id), Patience);

        Assert.Equal(("failed", "score", "internal"), (failed.Status, failed.Failure!.Stage, failed.Failure.Code));
        Assert.Contains("temporary problem", failed.Failure.Message);
    }

    [Fact]
    public async Task A_stage_whose_input_was_erased_ends_the_scan_instead_of_retrying_forever()
    {
        var id = await InsertScanAsync();

        await _app.Bus.Publish(new ResumeUploaded(id, BlobNames.Upload(id), "backend-developer", null, 1));
        var failed = await _app.Scans().WaitForEndAsync(AllInOneApp.IdOf(id), Patience);

        Assert.Equal(("failed", "parse"), (failed.Status, failed.Failure!.Stage));
    }

    private ConsumedMessages<T> Observe<T>() where T : class
    {
        var observer = new ConsumedMessages<T>();
        _app.Bus.ConnectConsumeObserver(observer);
        return observer;
    }

    private Task<Guid> InsertScanAsync(Action<Scan>? shape = null) => _app.WithDbAsync(async db =>
    {
        var now = DateTimeOffset.UtcNow;
        var scan = new Scan { Id = Guid.NewGuid(), Role = "backend-developer", Status = ScanStatus.Accepted, CreatedAt = now, UpdatedAt = now };
        shape?.Invoke(scan);
        db.Scans.Add(scan);
        await db.SaveChangesAsync();
        return scan.Id;
    });
}
