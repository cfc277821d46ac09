using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>The limits on a batch as a whole: how many entries it may list, and how much it may inflate to.</summary>
public sealed class BatchLimitsTests : IAsyncLifetime
{
    private readonly AllInOneApp _app = new(BatchTesting.Settings(new()
    {
        ["Batches:MaxEntries"] = "6",
        ["Batches:MaxEntryBytes"] = "200000",
        ["Batches:MaxTotalBytes"] = "250000",
        // Repetitive text compresses far past any ratio: these tests are about the totals, not about bombs.
        ["Batches:RatioFloorBytes"] = "1000000",
    }));

    private CreatedTenant _tenant = null!;

    public async Task InitializeAsync() => _tenant = await _app.CreateTenantAsync("Career Centre");

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_zip_listing_more_entries_than_allowed_is_a_422_problem_and_nothing_of_it_is_kept()
    {
        // Six resumes and a folder: the folder counts, as litter would, since the count is read before any entry.
        var zip = new ZipBuilder().Folder("cohort");
        for (var i = 0; i < 6; i++)
        {
            zip.Add($"cohort/student-{i}.txt", ResumeFixtures.TextResume($"Student Number{i}"));
        }

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitZipAsync(zip.Build());

        var (status, code, detail) = await Partners.ProblemOf(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "too-many-entries"), (status, code));
        Assert.Contains("7 entries", detail);
        Assert.Empty(_app.StoredUploads());
        Assert.Empty(_app.SpooledArchives());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Batches.CountAsync()));
    }

    [Fact]
    public async Task More_files_than_a_batch_may_hold_are_refused_the_same_way_and_none_is_kept()
    {
        var files = Enumerable.Range(0, 7).Select(i => ($"student-{i}.txt", ResumeFixtures.TextResume($"Student Number{i}")));

        using var response = await _app.BatchesAs(_tenant.ApiKey).SubmitFilesAsync(files);

        var (status, code, _) = await Partners.ProblemOf(response);
        Assert.Equal((HttpStatusCode.UnprocessableEntity, "too-many-entries"), (status, code));
        Assert.Empty(_app.StoredUploads());
        Assert.Equal(0, await _app.WithDbAsync(db => db.Scans.CountAsync()));
    }

    [Fact]
    public async Task An_entry_that_would_inflate_the_batch_past_its_total_is_refused_and_a_smaller_one_after_it_still_fits()
    {
        var zip = new ZipBuilder()
            .Add("first.txt", Text("First Person", 150_000))
            .Add("second.txt", Text("Second Person", 150_000))
            .Add("third.txt", ResumeFixtures.TextResume("Third Person"))
            .Build();

        var batch = await _app.BatchesAs(_tenant.ApiKey).SubmitAcceptedAsync(zip);

        Assert.Equal((2, 1, 0), (batch.Total, batch.Skipped, batch.Duplicates));
        Assert.Equal("batch-too-large", batch.Entry("second.txt").Code);
        Assert.Equal(2, _app.StoredUploads().Count);
        var names = await _app.WithDbAsync(db => db.Scans.AsNoTracking().Where(s => s.BatchId == Guid.Parse(batch.Id)).OrderBy(s => s.EntryIndex).Select(s => s.EntryName).ToListAsync());
        Assert.Equal(["first.txt", "third.txt"], names);
    }

    /// <summary>A text resume of about <paramref name="bytes"/> bytes whose first line makes it unlike any other.</summary>
    private static byte[] Text(string name, int bytes) => [.. Encoding.UTF8.GetBytes(name + "\n"), .. ResumeFixtures.LargeText(bytes)];
}
