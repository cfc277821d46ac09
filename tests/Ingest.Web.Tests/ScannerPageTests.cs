using System.Net;
using Microsoft.Playwright;
using Pipeline.Testing;

namespace Ingest.Web.Tests;

public sealed class ScannerPageTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private readonly ServedApp _app = new();
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _page = await browser.Instance.NewPageAsync();
        await _page.GotoAsync(_app.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _page.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_job_seeker_uploads_a_resume_watches_it_finish_and_downloads_the_report()
    {
        await Assertions.Expect(_page.Locator("#role option")).ToHaveCountAsync(3);
        await _page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "jordan-avery.txt", MimeType = "text/plain", Buffer = ResumeFixtures.TextResume(),
        });
        await _page.Locator("#jobDescription").FillAsync(ResumeFixtures.JobPosting);
        await _page.Locator("#submit").ClickAsync();

        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", new() { Timeout = 60_000 });
        await Assertions.Expect(_page.Locator(".steps li.done")).ToHaveCountAsync(4);
        var score = int.Parse(await _page.Locator("#score").InnerTextAsync());
        Assert.InRange(score, 1, 100);

        var report = _page.Locator("#downloads a", new() { HasText = "Report (PDF)" });
        var href = await report.GetAttributeAsync("href");
        var download = await _page.APIRequest.GetAsync(_app.BaseUrl + href);
        Assert.Equal(200, download.Status);
        Assert.Equal("application/pdf", download.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await download.BodyAsync())[..4]));
        await Assertions.Expect(_page.Locator("#downloads a")).ToHaveCountAsync(6);
    }

    [Fact]
    public async Task Deleting_from_the_page_erases_the_scan()
    {
        await _page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "resume.txt", MimeType = "text/plain", Buffer = ResumeFixtures.TextResume("Ana Lima"),
        });
        await _page.Locator("#submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", new() { Timeout = 60_000 });
        var reportHref = await _page.Locator("#downloads a").First.GetAttributeAsync("href");

        await _page.Locator("#delete").ClickAsync();

        await Assertions.Expect(_page.Locator("#status-line")).ToContainTextAsync("Deleted");
        var after = await _page.APIRequest.GetAsync(_app.BaseUrl + reportHref);
        Assert.Contains((HttpStatusCode)after.Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.Gone });
    }

    [Fact]
    public async Task A_file_that_is_not_a_resume_is_refused_with_the_reason_and_nothing_starts()
    {
        await _page.Locator("#file").SetInputFilesAsync(new FilePayload
        {
            Name = "photo.pdf", MimeType = "application/pdf", Buffer = ResumeFixtures.Gif(),
        });
        await _page.Locator("#submit").ClickAsync();

        var error = _page.Locator("#form-error");
        await Assertions.Expect(error).ToBeVisibleAsync();
        Assert.False(string.IsNullOrWhiteSpace(await error.InnerTextAsync()));
        await Assertions.Expect(_page.Locator("#progress")).ToBeHiddenAsync();
        await Assertions.Expect(_page.Locator("#submit")).ToBeEnabledAsync();
    }

    [Fact]
    public async Task A_visitor_asks_for_weekly_tips_and_a_confirmation_mail_is_written()
    {
        await Assertions.Expect(_page.Locator("#tips-role option")).ToHaveCountAsync(3);
        await _page.Locator("#tips-email").FillAsync("reader@example.test");
        await _page.Locator("#tips-role").SelectOptionAsync("frontend-developer");
        await _page.Locator("#tips-submit").ClickAsync();

        await Assertions.Expect(_page.Locator("#tips-message")).ToContainTextAsync("confirmation link");
        // No mail server is set, so the mail is a file in the data folder.
        var mail = Path.Combine(_app.DataPath, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Directory.Exists(mail) || Directory.GetFiles(mail, "*.eml").Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no confirmation mail was written");
            await Task.Delay(50);
        }
        var message = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(mail, "*.eml").Single());
        Assert.Equal("reader@example.test", message.To.Mailboxes.Single().Address);
        Assert.Contains("Frontend Developer", message.TextBody);
        Assert.Contains("/api/v1/subscribers/confirm?token=", message.TextBody);

        // Past the browser's own check, the API's answer is shown.
        await _page.Locator("#tips-email").EvaluateAsync("e => e.type = 'text'");
        await _page.Locator("#tips-email").FillAsync("not an address");
        await _page.Locator("#tips-submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#tips-message")).ToHaveClassAsync("error");
    }

    [Fact]
    public async Task The_page_allows_scripts_only_from_its_own_origin()
    {
        var response = await _page.APIRequest.GetAsync(_app.BaseUrl + "/");

        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"]);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
    }
}
