using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Pipeline.Testing;

namespace Ingest.Web.Tests;

/// <summary>The career-centre view in headless Chromium: the key, a batch dropped in, watched, summed up and worked through.</summary>
public sealed class CentrePageTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private const string AdminKey = "centre-page-admin-key-0123";
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private readonly ServedApp _app = new(new Dictionary<string, string?> { ["Admin:ApiKey"] = AdminKey });
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private string _apiKey = null!;

    public async Task InitializeAsync()
    {
        _apiKey = await CreateTenantAsync("Riverside Career Centre");
        _context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new() { Width = 1200, Height = 900 } });
        _page = await _context.NewPageAsync();
        await _page.GotoAsync(_app.BaseUrl + "/centre");
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task An_adviser_drops_a_zip_watches_the_batch_reads_the_summary_and_opens_a_students_report()
    {
        await SignInAsync();
        var zip = new ZipBuilder()
            .Add("cohort/ana-lima.txt", ResumeFixtures.TextResume("Ana Lima"))
            .Add("cohort/ben-okafor.pdf", ResumeFixtures.TextPdf("Ben Okafor"))
            .Add("cohort/cleo-diaz.txt", ResumeFixtures.TextResume("Cleo Diaz"))
            .Add("cohort/scanned.pdf", ResumeFixtures.ImageOnlyPdf())
            .Add("cohort/broken.pdf", ResumeFixtures.CorruptPdf())
            .Add("cohort/holiday.gif", ResumeFixtures.Gif())
            .Build();
        await _page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "spring-fair.zip", MimeType = "application/zip", Buffer = zip });
        await Assertions.Expect(_page.Locator("#chosen")).ToContainTextAsync("spring-fair.zip");
        await _page.Locator("#jobDescription").FillAsync(ResumeFixtures.JobPosting);
        await _page.Locator("#upload").ClickAsync();

        // Live progress, then the summary and the table.
        await Assertions.Expect(_page.Locator("#batch")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("#batch-status")).ToContainTextAsync("5 of 5 · completed", new() { Timeout = 90_000 });
        await Assertions.Expect(_page.Locator("#summary")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("#distribution rect")).ToHaveCountAsync(10);
        await Assertions.Expect(_page.Locator("#refused-list li")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("#refused-list")).ToContainTextAsync("holiday.gif");
        await Assertions.Expect(_page.Locator("#student-table tbody tr")).ToHaveCountAsync(6);
        await Assertions.Expect(_page.Locator("#readability")).ToContainTextAsync("1 image-only");
        Assert.True(await _page.Locator("#missing-skills li").CountAsync() > 0);
        Directory.CreateDirectory(Screenshots);
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "centre-summary.png"), FullPage = true });

        // Sorted by score, highest first: the scores read down in order.
        await _page.Locator("th[data-sort=Score] button").ClickAsync();
        await _page.Locator("th[data-sort=Score] button").ClickAsync();
        await Assertions.Expect(_page.Locator("th[data-sort=Score]")).ToHaveAttributeAsync("aria-sort", "descending");
        var scores = (await _page.Locator("#student-table tbody td.score").AllInnerTextsAsync()).Select(int.Parse).ToList();
        Assert.Equal(scores.OrderDescending(), scores);

        // Filtered to the files that were not scanned, then back.
        await _page.Locator("#band-filter").SelectOptionAsync("failed");
        await Assertions.Expect(_page.Locator("#row-count")).ToHaveTextAsync("2 of 6 files");
        await Assertions.Expect(_page.Locator("#student-table tbody")).ToContainTextAsync("broken.pdf");
        await _page.Locator("#band-filter").SelectOptionAsync("");
        // The scored resumes fail some check: filtering by one keeps only the students who fail it.
        var failing = await _page.Locator("#check-filter option").Nth(1).GetAttributeAsync("value");
        Assert.False(string.IsNullOrEmpty(failing));
        await _page.Locator("#check-filter").SelectOptionAsync(failing!);
        Assert.True(await _page.Locator("#student-table tbody tr").CountAsync() is > 0 and < 6);
        await _page.Locator("#check-filter").SelectOptionAsync("");

        // A row opens that student's report, fetched with the key and shown from memory.
        var popup = _context.WaitForPageAsync();
        await _page.Locator("#student-table tbody tr", new() { HasText = "ana-lima.txt" }).ClickAsync();
        var report = await popup;
        Assert.StartsWith("blob:", report.Url);
        await report.CloseAsync();

        // Downloads carry the key the same way.
        var csv = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("[data-download='results.csv']").ClickAsync());
        var text = await File.ReadAllTextAsync((await csv.PathAsync())!);
        Assert.Contains("cohort/ana-lima.txt", text);
        Assert.Contains("Ana Lima", text);
        var reports = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("[data-download='reports.zip']").ClickAsync());
        using (var archive = System.IO.Compression.ZipFile.OpenRead((await reports.PathAsync())!))
        {
            Assert.Contains(archive.Entries, e => e.FullName == "cohort/ana-lima.txt.report.pdf");
        }
        await _page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "centre-students.png"), FullPage = true });
    }

    [Fact]
    public async Task A_batch_sent_through_the_api_is_listed_and_opens_with_its_summary_and_students()
    {
        // What `submit` sends: one ZIP as 'file', with the tenant's key.
        using var http = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _apiKey);
        var batches = new BatchesClient(http);
        var zip = new ZipBuilder().Add("fair/noor-haddad.txt", ResumeFixtures.TextResume("Noor Haddad")).Add("fair/ivo-petrov.pdf", ResumeFixtures.TextPdf("Ivo Petrov")).Build();
        var batch = await batches.SubmitAcceptedAsync(zip);
        await batches.WaitForEndAsync(batch.Id, TimeSpan.FromSeconds(90));

        await SignInAsync();
        await Assertions.Expect(_page.Locator("#batch-list li")).ToHaveCountAsync(1);
        await _page.Locator("#batch-list li button", new() { HasText = "2 resumes · completed" }).ClickAsync();

        await Assertions.Expect(_page.Locator("#batch-status")).ToContainTextAsync("2 of 2 · completed");
        await Assertions.Expect(_page.Locator("#summary")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("#student-table tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(_page.Locator("#student-table tbody")).ToContainTextAsync("Noor Haddad");
        Assert.EndsWith($"#batch={batch.Id}", _page.Url);
    }

    [Fact]
    public async Task The_key_stays_in_the_tabs_session_storage_and_never_in_the_address_a_cookie_or_local_storage()
    {
        await SignInAsync();
        await _page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "one.txt", MimeType = "text/plain", Buffer = ResumeFixtures.TextResume("Una Single") });
        await _page.Locator("#upload").ClickAsync();
        await Assertions.Expect(_page.Locator("#batch-status")).ToContainTextAsync("completed", new() { Timeout = 60_000 });

        Assert.Equal(_apiKey, await _page.EvaluateAsync<string>("() => sessionStorage.getItem('resume-pipeline.centre.apiKey')"));
        Assert.Equal(0, await _page.EvaluateAsync<int>("() => localStorage.length"));
        Assert.Empty(await _context.CookiesAsync());
        Assert.DoesNotContain(_apiKey, _page.Url);
        Assert.Matches("#batch=[0-9a-f]{32}$", _page.Url);

        // The same tab reloaded keeps the batch open; a new session asks for the key again.
        await _page.ReloadAsync();
        await Assertions.Expect(_page.Locator("#batch-status")).ToContainTextAsync("completed");
        await using var otherContext = await browser.Instance.NewContextAsync();
        var other = await otherContext.NewPageAsync();
        await other.GotoAsync(_page.Url);
        await Assertions.Expect(other.Locator("#key-section")).ToBeVisibleAsync();
        await Assertions.Expect(other.Locator("#workspace")).ToBeHiddenAsync();

        await _page.Locator("#forget-key").ClickAsync();
        await Assertions.Expect(_page.Locator("#key-section")).ToBeVisibleAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("() => sessionStorage.getItem('resume-pipeline.centre.apiKey')"));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_sentence()
    {
        await _page.Locator("#api-key").FillAsync("rpk_" + new string('q', 43));
        await _page.Locator("#key-submit").ClickAsync();

        await Assertions.Expect(_page.Locator("#key-error")).ToContainTextAsync("not valid");
        await Assertions.Expect(_page.Locator("#workspace")).ToBeHiddenAsync();
        Assert.Null(await _page.EvaluateAsync<string?>("() => sessionStorage.getItem('resume-pipeline.centre.apiKey')"));
    }

    private async Task SignInAsync()
    {
        await _page.Locator("#api-key").FillAsync(_apiKey);
        await _page.Locator("#key-submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#workspace")).ToBeVisibleAsync();
    }

    private async Task<string> CreateTenantAsync(string name)
    {
        using var http = new HttpClient { BaseAddress = new Uri(_app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TenantKey>())!.ApiKey;
    }

    private sealed record TenantKey(string ApiKey);
}
