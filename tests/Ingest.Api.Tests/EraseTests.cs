using System.Net;
using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

public sealed class EraseTests(AllInOneAppFixture fixture) : IClassFixture<AllInOneAppFixture>
{
    private readonly AllInOneApp _app = fixture.App;

    [Fact]
    public async Task Delete_erases_the_files_and_personal_data_and_the_scan_then_reads_as_deleted()
    {
        var scans = _app.Scans();
        var accepted = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume("Erin Erase"), "erin.txt", ResumeFixtures.JobPosting);
        await scans.WaitForEndAsync(accepted.Id, TimeSpan.FromSeconds(60));
        Assert.NotEmpty(_app.BlobFilesOf(accepted.Id));

        using var deleted = await scans.Http.DeleteAsync($"/api/v1/scans/{accepted.Id}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Empty(_app.BlobFilesOf(accepted.Id));
        using var read = await scans.Http.GetAsync($"/api/v1/scans/{accepted.Id}");
        Assert.Equal(HttpStatusCode.Gone, read.StatusCode);
        using var file = await scans.Http.GetAsync($"/api/v1/scans/{accepted.Id}/resume.json");
        Assert.Equal(HttpStatusCode.Gone, file.StatusCode);
        var row = await _app.WithDbAsync(db => db.Scans.AsNoTracking().SingleAsync(s => s.Id == Guid.Parse(accepted.Id)));
        Assert.NotNull(row.DeletedAt);
        Assert.Null(row.FileName);
        Assert.Null(row.ContentSha256);
        Assert.Null(row.RequestFingerprint);
        Assert.Null(row.Score);
        Assert.False(row.HasJobDescription);

        using var again = await scans.Http.DeleteAsync($"/api/v1/scans/{accepted.Id}");
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
    }

    [Fact]
    public async Task Deleting_an_unknown_scan_is_a_404()
    {
        using var response = await _app.CreateClient().DeleteAsync($"/api/v1/scans/{Guid.NewGuid():N}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
