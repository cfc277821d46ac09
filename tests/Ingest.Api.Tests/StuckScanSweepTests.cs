using Ingest.Api.Sweeps;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>The Hangfire job that re-announces scans stuck in a stage, and fails them after the last attempt.</summary>
public sealed class StuckScanSweepTests(AllInOneAppFixture fixture) : IClassFixture<AllInOneAppFixture>
{
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task A_scan_stuck_in_a_stage_is_announced_again_and_moves_on()
    {
        var id = await InsertScanAsync(ScanStatus.Accepted, attempts: 1, idleFor: TimeSpan.FromHours(1));
        await _app.Blobs.PutTextAsync(BlobNames.Upload(id), System.Text.Encoding.UTF8.GetString(ResumeFixtures.TextResume()), "text/plain");

        Assert.True(await SweepAsync() >= 1);
        var ended = await _app.Scans().WaitForEndAsync(AllInOneApp.IdOf(id), TimeSpan.FromSeconds(60));

        var row = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal(2, row.Attempts);
        Assert.NotEqual("accepted", ended.Status);
        Assert.NotEqual("timeout", ended.Failure?.Code);
    }

    [Fact]
    public async Task A_scan_stuck_after_the_last_attempt_fails_with_a_reason()
    {
        var id = await InsertScanAsync(ScanStatus.Parsed, attempts: 3, idleFor: TimeSpan.FromHours(1));

        await SweepAsync();

        var failed = await _app.Scans().GetAsync(AllInOneApp.IdOf(id));
        Assert.Equal(("failed", "score", "timeout"), (failed.Status, failed.Failure!.Stage, failed.Failure.Code));
        Assert.Contains("3 attempts", failed.Failure.Message);
    }

    [Fact]
    public async Task A_scan_that_moved_recently_is_left_alone()
    {
        var id = await InsertScanAsync(ScanStatus.Scored, attempts: 1, idleFor: TimeSpan.FromSeconds(5));

        await SweepAsync();

        var row = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == id));
        Assert.Equal((ScanStatus.Scored, 1), (row.Status, row.Attempts));
    }

    [Fact]
    public async Task The_sweep_is_registered_as_a_recurring_hangfire_job()
    {
        using var connection = Hangfire.JobStorage.Current.GetConnection();
        var jobs = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
        Assert.Contains(jobs, j => j.Id == HangfireRegistration.StuckScansJob && j.Job.Type == typeof(StuckScanSweep));
        await Task.CompletedTask;
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<StuckScanSweep>().RunAsync(CancellationToken.None);
    }

    private Task<Guid> InsertScanAsync(ScanStatus status, int attempts, TimeSpan idleFor) => _app.WithDbAsync(async db =>
    {
        var then = DateTimeOffset.UtcNow - idleFor;
        var scan = new Scan { Id = Guid.NewGuid(), Role = "backend-developer", Status = status, Attempts = attempts, CreatedAt = then, UpdatedAt = then };
        db.Scans.Add(scan);
        await db.SaveChangesAsync();
        return scan.Id;
    });
}
