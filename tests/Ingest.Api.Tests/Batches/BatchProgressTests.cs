using System.Text.Json;
using Ingest.Data.Batches;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>A batch's progress: its counters, its events stream, and the window its scans are let into the pipeline by.</summary>
public sealed class BatchProgressTests : IAsyncLifetime
{
    private readonly AllInOneApp _app = new(BatchTesting.Settings(new()
    {
        ["Batches:InFlightPerTenant"] = "2",
        ["Batches:InFlight"] = "3",
        ["Batches:ProgressInterval"] = "00:00:00.100",
    }));

    private CreatedTenant _tenant = null!;
    private BatchesClient _batches = null!;

    public async Task InitializeAsync()
    {
        _tenant = await _app.CreateTenantAsync("Career Centre");
        _batches = _app.BatchesAs(_tenant.ApiKey);
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_events_stream_reports_progress_and_ends_with_the_end_event()
    {
        var batch = await _batches.SubmitAcceptedAsync(Zip(6, "Stream"));

        var events = new List<ServerSentEvent>();
        using var timeout = new CancellationTokenSource(BatchTesting.Patience);
        await foreach (var e in _batches.EventsAsync(batch.Id, cancellationToken: timeout.Token))
        {
            events.Add(e);
        }

        Assert.Equal("end", events[^1].Type);
        Assert.All(events[..^1], e => Assert.Equal("progress", e.Type));
        var final = JsonSerializer.Deserialize<BatchState>(events[^1].Data, BatchState.Json)!;
        Assert.Equal(("completed", 6, 6), (final.Status, final.Total, final.Completed + final.Failed));
        Assert.Equal("6", events[^1].Id);
        // Ids count the scans ended: they never go back, and progress was seen before the end.
        var ids = events.Select(e => int.Parse(e.Id!)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.True(events.Count >= 2, $"only {events.Count} events");
        Assert.NotNull(final.FinishedAt);
        Assert.NotNull(final.ResumesPerMinute);
        Assert.Equal(0, final.EstimatedSecondsLeft);
    }

    [Fact]
    public async Task A_client_that_reconnects_with_last_event_id_gets_only_what_it_missed()
    {
        var batch = await _batches.SubmitAcceptedAsync(Zip(8, "Reconnect"));

        ServerSentEvent first;
        using (var timeout = new CancellationTokenSource(BatchTesting.Patience))
        {
            await using var stream = _batches.EventsAsync(batch.Id, cancellationToken: timeout.Token).GetAsyncEnumerator();
            Assert.True(await stream.MoveNextAsync());
            first = stream.Current;
        }
        var rest = new List<ServerSentEvent>();
        using (var timeout = new CancellationTokenSource(BatchTesting.Patience))
        {
            await foreach (var e in _batches.EventsAsync(batch.Id, lastEventId: first.Id, cancellationToken: timeout.Token))
            {
                rest.Add(e);
            }
        }

        Assert.Equal("end", rest[^1].Type);
        Assert.All(rest.Where(e => e.Type == "progress"), e => Assert.True(int.Parse(e.Id!) > int.Parse(first.Id!), $"event {e.Id} repeats what {first.Id} said"));

        // Once the batch is complete, a reconnect gets the end event at once.
        var again = new List<ServerSentEvent>();
        await foreach (var e in _batches.EventsAsync(batch.Id, lastEventId: rest[^1].Id))
        {
            again.Add(e);
        }
        Assert.Equal(["end"], again.Select(e => e.Type));
    }

    [Fact]
    public async Task Scans_are_let_into_the_pipeline_within_the_window_and_every_one_ends_once()
    {
        var batch = await _batches.SubmitAcceptedAsync(Zip(12, "Window"));
        var id = Guid.Parse(batch.Id);

        var inFlight = new List<int>();
        Batch row;
        do
        {
            row = await _app.WithDbAsync(db => db.Batches.AsNoTracking().SingleAsync(b => b.Id == id));
            inFlight.Add(row.Released - row.Completed - row.Failed);
            await Task.Delay(20);
        }
        while (row.Status != BatchStatus.Completed);

        Assert.InRange(inFlight.Max(), 1, 2);
        Assert.Equal((12, 12), (row.Released, row.Completed + row.Failed));
        var scans = await _app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == id).ToListAsync());
        Assert.All(scans, s => Assert.NotNull(s.ReleasedAt));
    }

    [Fact]
    public async Task A_repeated_end_event_does_not_count_a_scan_twice()
    {
        var batch = await _batches.SubmitAcceptedAsync(Zip(2, "Twice"));
        var ended = await _batches.WaitForEndAsync(batch.Id, BatchTesting.Patience);
        var scan = await _app.WithDbAsync(db => db.Scans.AsNoTracking().FirstAsync(s => s.BatchId == Guid.Parse(batch.Id)));

        // The broker delivers again after a lost acknowledgement: the same end, twice more, and a late failure.
        var renderedSeen = new ConsumedMessages<ReportRendered>();
        var failedSeen = new ConsumedMessages<ScanFailed>();
        _app.Bus.ConnectConsumeObserver(renderedSeen);
        _app.Bus.ConnectConsumeObserver(failedSeen);
        var rendered = new ReportRendered(scan.Id, 70, BlobNames.ReportHtml(scan.Id), BlobNames.ReportPdf(scan.Id),
            BlobNames.OptimizedPdf(scan.Id), BlobNames.OptimizedDocx(scan.Id), 1, Lane.Batch);
        await _app.Bus.Publish(rendered);
        await _app.Bus.Publish(rendered);
        await _app.Bus.Publish(new ScanFailed(scan.Id, "render", "internal", "late", Lane.Batch));
        await _app.Bus.Publish(new ScanFailed(Guid.NewGuid(), "render", "internal", "an unknown scan", Lane.Batch));
        await Task.WhenAll(renderedSeen.WaitForAsync(2, BatchTesting.Patience), failedSeen.WaitForAsync(2, BatchTesting.Patience));

        var after = await _batches.GetAsync(batch.Id);
        Assert.Equal((2, 0), (ended.Completed, ended.Failed));
        Assert.Equal((2, 0, "completed"), (after.Completed, after.Failed, after.Status));
        Assert.Equal(ended.FinishedAt, after.FinishedAt);
    }

    [Fact]
    public async Task Two_tenants_share_the_pipeline_round_robin_so_a_small_batch_is_not_held_behind_a_large_one()
    {
        var other = await _app.CreateTenantAsync("Second Centre");
        var large = await _batches.SubmitAcceptedAsync(Zip(30, "Large"));
        var small = await _app.BatchesAs(other.ApiKey).SubmitAcceptedAsync(Zip(3, "Small"));

        var smallEnded = await _app.BatchesAs(other.ApiKey).WaitForEndAsync(small.Id, BatchTesting.Patience);
        var largeNow = await _batches.GetAsync(large.Id);

        Assert.Equal(3, smallEnded.Completed);
        Assert.True(largeNow.Completed + largeNow.Failed < 30, $"the large batch had {largeNow.Completed + largeNow.Failed} of 30 done when the small one ended");
        await _batches.WaitForEndAsync(large.Id, BatchTesting.Patience);
    }

    private static byte[] Zip(int count, string name)
    {
        var zip = new ZipBuilder();
        for (var i = 0; i < count; i++)
        {
            zip.Add($"{name.ToLowerInvariant()}/student-{i:000}.txt", ResumeFixtures.TextResume($"{name} Student {i:000}"));
        }
        return zip.Build();
    }
}
