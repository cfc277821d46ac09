using System.Net;
using System.Text.Json;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// An upload the blob store cannot keep (here the folder uploads go to cannot be made, as on a full or broken disk) is
/// the service's trouble: a 503 problem with Retry-After that tells the caller to try again, never a bare 500.
/// </summary>
public sealed class StorageOutageTests : IAsyncLifetime
{
    private readonly AllInOneApp _app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task An_upload_the_blob_store_cannot_keep_is_a_503_to_try_again()
    {
        var scans = _app.Scans();
        Directory.CreateDirectory(_app.BlobFolder);
        // A file where the uploads folder should be: every write under it fails, as it would on a broken store.
        await File.WriteAllTextAsync(Path.Combine(_app.BlobFolder, "uploads"), "in the way");

        using var response = await scans.SubmitAsync(ResumeFixtures.TextResume(), "cv.txt");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a 503 says when to try again");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("temporarily-unavailable", problem.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("Exception", problem.RootElement.GetRawText(), StringComparison.Ordinal);
    }
}
