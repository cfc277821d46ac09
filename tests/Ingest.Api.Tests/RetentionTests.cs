using System.Net;
using Ingest.Api.Sweeps;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>Resumes are kept for the retention period (30 days here) and then erased as a deletion request would.</summary>
public sealed class RetentionTests
{
    [Fact]
    public async Task Scans_uploaded_before_the_retention_period_are_erased_and_younger_ones_are_kept()
    {
        var clock = new MovableClock();
        await using var app = new AllInOneApp(
            new Dictionary<string, string?> { ["Ingest:Retention"] = "30.00:00:00" },
            services => services.AddSingleton<TimeProvider>(clock));
        var scans = app.Scans();
        var old = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Olga Oldfield"), "olga.txt", ResumeFixtures.JobPosting);
        await scans.WaitForEndAsync(old.Id, TimeSpan.FromSeconds(60));

        clock.Advance(TimeSpan.FromDays(31));
        var young = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Yusuf Young"), "yusuf.txt");
        await scans.WaitForEndAsync(young.Id, TimeSpan.FromSeconds(60));
        Assert.NotEmpty(app.BlobFilesOf(old.Id));

        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(CancellationToken.None));
        }

        Assert.Empty(app.BlobFilesOf(old.Id));
        using (var gone = await scans.Http.GetAsync($"/api/v1/scans/{old.Id}"))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }
        var row = await app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(old.Id)));
        Assert.NotNull(row.DeletedAt);
        Assert.Null(row.FileName);
        Assert.Null(row.ContentSha256);
        Assert.False(row.HasJobDescription);

        Assert.Equal("completed", (await scans.GetAsync(young.Id)).Status);
        Assert.NotEmpty(app.BlobFilesOf(young.Id));
        using var report = await scans.Http.GetAsync($"/api/v1/scans/{young.Id}/report.pdf");
        Assert.Equal(HttpStatusCode.OK, report.StatusCode);
    }

    [Fact]
    public async Task Batches_uploaded_before_the_retention_period_are_erased_with_every_scan_in_them()
    {
        var clock = new MovableClock();
        await using var app = new AllInOneApp(
            Partners.Settings(new() { ["Ingest:Retention"] = "30.00:00:00" }),
            services => services.AddSingleton<TimeProvider>(clock));
        var tenant = await app.CreateTenantAsync("Old Centre");
        var batches = Batches.BatchTesting.BatchesAs(app, tenant.ApiKey);
        var zip = new ZipBuilder().Add("old/olga.txt", ResumeFixtures.TextResume("Olga Oldfield")).Add("old/photo.png", ResumeFixtures.Gif()).Build();
        var old = await batches.SubmitAcceptedAsync(zip, new Dictionary<string, string> { ["contactEmail"] = "old@centre.example" });
        await batches.WaitForEndAsync(old.Id, TimeSpan.FromSeconds(60));

        clock.Advance(TimeSpan.FromDays(31));
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<RetentionPurge>().RunAsync(CancellationToken.None);
        }

        using var gone = await batches.Http.GetAsync($"/api/v1/batches/{old.Id}");
        Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        var id = Guid.Parse(old.Id);
        var batch = await app.WithDbAsync(db => db.Batches.AsNoTracking().SingleAsync(b => b.Id == id));
        Assert.Null(batch.ContactEmail);
        Assert.Equal(0, await app.WithDbAsync(db => db.BatchEntries.CountAsync(e => e.BatchId == id)));
        Assert.All(await app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == id).ToListAsync()),
            s => Assert.True(s.DeletedAt is not null && s.EntryName is null, "the scan was erased"));
    }

    [Fact]
    public async Task The_purge_is_registered_as_a_recurring_hangfire_job_on_its_schedule()
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Ingest:RetentionCron"] = "15 4 * * *" });
        _ = app.Services;
        using var connection = Hangfire.JobStorage.Current.GetConnection();
        var jobs = Hangfire.Storage.StorageConnectionExtensions.GetRecurringJobs(connection);
        Assert.Contains(jobs, j => j.Id == HangfireRegistration.RetentionJob && j.Job.Type == typeof(RetentionPurge) && j.Cron == "15 4 * * *");
    }

    /// <summary>The system clock, plus however far the test has moved it on.</summary>
    private sealed class MovableClock : TimeProvider
    {
        private long _offsetTicks;

        public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));
    }
}
