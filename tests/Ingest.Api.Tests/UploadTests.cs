using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>What <c>POST /api/v1/scans</c> accepts and refuses, and that a refused upload leaves nothing behind.</summary>
public sealed class UploadTests(UploadTests.SmallLimitApp fixture) : IClassFixture<UploadTests.SmallLimitApp>
{
    private const int Limit = 64 * 1024;
    private readonly ScansClient _scans = fixture.App.Scans();

    public sealed class SmallLimitApp : IAsyncLifetime
    {
        public AllInOneApp App { get; } = new(new Dictionary<string, string?> { ["Ingest:MaxUploadBytes"] = Limit.ToString() });
        public Task InitializeAsync() => Task.CompletedTask;
        public async Task DisposeAsync() => await App.DisposeAsync();
    }

    [Fact]
    public async Task An_accepted_upload_answers_202_with_the_location_and_the_scan()
    {
        using var response = await _scans.SubmitAsync(ResumeFixtures.TextResume(), "cv.txt");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var scan = (await response.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
        Assert.Equal($"/api/v1/scans/{scan.Id}", response.Headers.Location!.ToString());
        Assert.Equal(32, scan.Id.Length);
        Assert.Equal("accepted", scan.Status);
        Assert.Equal("auto", scan.Role);
        Assert.Equal($"/api/v1/scans/{scan.Id}", scan.Links["self"]);
    }

    [Fact]
    public async Task An_image_is_refused_by_its_content_before_anything_is_stored_or_queued()
    {
        var before = await CountsAsync();

        using var response = await _scans.SubmitAsync(ResumeFixtures.Gif(), "resume.pdf");

        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-type");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_before_anything_is_stored_or_queued()
    {
        var before = await CountsAsync();

        using var response = await _scans.SubmitAsync(ResumeFixtures.LargeText(Limit + 1), "long.txt");

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "too-large");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_file_exactly_at_the_limit_is_accepted()
    {
        using var response = await _scans.SubmitAsync(ResumeFixtures.LargeText(Limit), "long.txt");
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        using var response = await _scans.SubmitAsync([], "empty.txt");
        await AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "empty");
    }

    [Fact]
    public async Task A_request_without_a_file_is_a_validation_problem()
    {
        using var form = new MultipartFormDataContent { { new StringContent("backend-developer"), "role" } };
        using var response = await _scans.Http.PostAsync("/api/v1/scans", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task An_unknown_role_is_a_validation_problem_and_nothing_is_kept()
    {
        var before = await CountsAsync();

        using var response = await _scans.SubmitAsync(ResumeFixtures.TextResume(), role: "astronaut");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains("backend-developer", problem.RootElement.GetProperty("errors").GetProperty("role")[0].GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_callback_url_from_an_anonymous_caller_is_refused_with_a_clear_problem()
    {
        var before = await CountsAsync();

        using var response = await _scans.SubmitAsync(ResumeFixtures.TextResume(), callbackUrl: "https://example.com/hook");

        var problem = await AssertProblemAsync(response, HttpStatusCode.Forbidden, "callback-needs-tenant");
        Assert.Contains("API key", problem.GetProperty("detail").GetString());
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_and_body_return_the_same_scan_once()
    {
        var key = Guid.NewGuid().ToString();
        var file = ResumeFixtures.TextResume("Sam Idem");

        using var first = await _scans.SubmitAsync(file, idempotencyKey: key);
        var afterFirst = await CountsAsync();
        using var again = await _scans.SubmitAsync(file, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        var a = (await first.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
        var b = (await again.Content.ReadFromJsonAsync<ScanState>(ScanState.Json))!;
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(first.Headers.Location, again.Headers.Location);
        var withKey = await fixture.App.WithDbAsync(db => db.Scans.CountAsync(s => s.IdempotencyKey == "anonymous:" + key));
        Assert.Equal(1, withKey);
        // The replay added no scan, no message and no file (its own copy of the upload was removed again).
        Assert.Equal(afterFirst, await CountsAsync());
    }

    [Fact]
    public async Task The_same_idempotency_key_with_another_body_is_refused()
    {
        var key = Guid.NewGuid().ToString();
        using var first = await _scans.SubmitAsync(ResumeFixtures.TextResume("One Person"), idempotencyKey: key);
        var before = await CountsAsync();

        using var other = await _scans.SubmitAsync(ResumeFixtures.TextResume("Another Person"), idempotencyKey: key);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await AssertProblemAsync(other, HttpStatusCode.UnprocessableEntity, "idempotency-key-reused");
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Unknown_scans_are_a_404_problem()
    {
        using var response = await _scans.Http.GetAsync($"/api/v1/scans/{Guid.NewGuid():N}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound, "scan-not-found");
    }

    private async Task<(int Scans, int Outbox, int Uploads)> CountsAsync()
    {
        var scans = await fixture.App.WithDbAsync(db => db.Scans.CountAsync());
        var outbox = await fixture.App.WithDbAsync(db => db.Outbox.CountAsync());
        var uploads = Path.Combine(fixture.App.BlobFolder, "uploads");
        return (scans, outbox, Directory.Exists(uploads) ? Directory.GetFiles(uploads).Length : 0);
    }

    private static async Task<JsonElement> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, problem.RootElement.GetProperty("code").GetString());
        Assert.Equal((int)status, problem.RootElement.GetProperty("status").GetInt32());
        return problem.RootElement.Clone();
    }
}
