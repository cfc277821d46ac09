using System.Net;
using System.Text.Json;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>Upload to result through the whole all-in-one pipeline: in-memory transport, the real stages in-process.</summary>
public sealed class EndToEndTests(AllInOneAppFixture fixture) : IClassFixture<AllInOneAppFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
    private readonly ScansClient _scans = fixture.App.Scans();

    [Fact]
    public async Task A_text_resume_with_a_job_posting_completes_and_every_result_downloads()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(), "jordan.txt", ResumeFixtures.JobPosting);
        Assert.Equal("accepted", accepted.Status);

        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        Assert.InRange(done.Score!.Value, 0, 100);
        Assert.NotNull(done.CompletedAt);
        var http = _scans.Http;
        using (var resume = JsonDocument.Parse(await http.GetStringAsync(done.Links["resume"])))
        {
            Assert.Equal("Jordan Avery", resume.RootElement.GetProperty("basics").GetProperty("name").GetString());
        }
        using (var score = JsonDocument.Parse(await http.GetStringAsync(done.Links["score"])))
        {
            Assert.Equal(done.Score, score.RootElement.GetProperty("score").GetInt32());
            Assert.True(score.RootElement.TryGetProperty("match", out _), "a job posting was given, so score.json has a match");
        }
        Assert.Contains("<html", await http.GetStringAsync(done.Links["reportHtml"]), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await http.GetByteArrayAsync(done.Links["reportPdf"]))[..5]));
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString((await http.GetByteArrayAsync(done.Links["optimizedPdf"]))[..5]));
        var docx = await http.GetByteArrayAsync(done.Links["optimizedDocx"]);
        Assert.Equal("PK"u8.ToArray(), docx[..2]);
        Assert.Empty(_scans.Regressions());
    }

    [Fact]
    public async Task A_text_pdf_completes()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.TextPdf(), "jordan.pdf");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);
        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
    }

    [Fact]
    public async Task A_corrupt_pdf_fails_at_parse_as_corrupt_and_keeps_no_results()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.CorruptPdf(), "broken.pdf");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.Equal("failed", done.Status);
        Assert.Equal(("parse", "corrupt"), (done.Failure!.Stage, done.Failure.Code));
        Assert.False(string.IsNullOrWhiteSpace(done.Failure.Message));
        Assert.Equal(["self"], done.Links.Keys);
        using var resume = await _scans.Http.GetAsync($"/api/v1/scans/{done.Id}/resume.json");
        Assert.Equal(HttpStatusCode.NotFound, resume.StatusCode);
    }

    [Fact]
    public async Task An_encrypted_pdf_fails_at_parse_as_encrypted()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.EncryptedPdf(), "locked.pdf");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.Equal("failed", done.Status);
        Assert.Equal(("parse", "encrypted"), (done.Failure!.Stage, done.Failure.Code));
    }

    [Fact]
    public async Task A_password_protected_docx_passes_the_upload_check_and_fails_at_parse_as_encrypted()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.OfficeContainer(encrypted: true), "locked.docx");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.Equal(("failed", "parse", "encrypted"), (done.Status, done.Failure!.Stage, done.Failure.Code));
    }

    [Fact]
    public async Task A_legacy_word_document_fails_at_parse_as_an_unsupported_type()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.OfficeContainer(encrypted: false), "old.doc");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.Equal(("failed", "parse", "unsupported-type"), (done.Status, done.Failure!.Stage, done.Failure.Code));
    }

    [Fact]
    public async Task A_png_photo_of_a_resume_is_read_with_ocr_and_the_ats_finding_leads_its_report()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.PhotoOfResume(), "photo.png");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        using var resume = JsonDocument.Parse(await _scans.Http.GetStringAsync(done.Links["resume"]));
        var root = resume.RootElement;
        Assert.Equal("png", root.GetProperty("meta").GetProperty("fileType").GetString());
        Assert.Equal("image-only", root.GetProperty("meta").GetProperty("warnings")[0].GetProperty("code").GetString());
        Assert.Equal("Marta Lindqvist", root.GetProperty("basics").GetProperty("name").GetString());
        Assert.Contains("Kubernetes", root.GetProperty("skills").EnumerateArray()
            .SelectMany(s => s.GetProperty("keywords").EnumerateArray()).Select(k => k.GetString()));
        using var score = JsonDocument.Parse(await _scans.Http.GetStringAsync(done.Links["score"]));
        var first = score.RootElement.GetProperty("checks")[0];
        Assert.Equal(("ats-readability", "fail"), (first.GetProperty("id").GetString(), first.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task An_image_only_pdf_completes_with_the_image_only_warning_an_ats_would_need()
    {
        var accepted = await _scans.SubmitAcceptedAsync(ResumeFixtures.ImageOnlyPdf(), "scan.pdf");
        var done = await _scans.WaitForEndAsync(accepted.Id, Patience);

        Assert.True(done.Status == "completed", $"ended {done.Status}: {done.Failure}");
        using var resume = JsonDocument.Parse(await _scans.Http.GetStringAsync(done.Links["resume"]));
        var warnings = resume.RootElement.GetProperty("meta").GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("code").GetString());
        Assert.Contains("image-only", warnings);
    }
}

public sealed class AllInOneAppFixture : IAsyncLifetime
{
    public AllInOneApp App { get; } = new();

    public Task InitializeAsync()
    {
        _ = App.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await App.DisposeAsync();
}
