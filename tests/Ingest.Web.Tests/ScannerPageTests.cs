using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Testing;
using Resume.Fixtures;

namespace Ingest.Web.Tests;

/// <summary>The scanner page as a job seeker uses it, in headless Chromium at desktop width (and phone width where said).</summary>
public sealed partial class ScannerPageTests(Browser browser) : IClassFixture<Browser>, IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions Finished = new() { Timeout = 60_000 };

    private readonly ServedApp _app = new();
    private readonly List<string> _consoleErrors = [];
    private IBrowserContext _context = null!;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        _context = await browser.Instance.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        _page = await NewPageAsync(_context);
        await _page.GotoAsync(_app.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        await _context.CloseAsync();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task A_job_seeker_sees_the_report_itself_and_downloads_files_named_after_them()
    {
        await Assertions.Expect(_page.Locator("#role")).ToHaveValueAsync("auto");
        await Upload("jordan-avery.txt", ResumeFixtures.TextResume(), posting: ResumeFixtures.JobPosting);

        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        await Assertions.Expect(_page.Locator(".steps li.done")).ToHaveCountAsync(4);
        await Assertions.Expect(_page.Locator("#verdict")).ToHaveTextAsync(new Regex("^(Strong|Fair|Needs work)"));
        Assert.InRange(int.Parse(await _page.Locator("#score").TextContentAsync() ?? ""), 1, 100);
        await Assertions.Expect(_page.Locator("#subscores li")).ToHaveCountAsync(5);
        await Assertions.Expect(_page.Locator("#role-used")).ToHaveTextAsync("Scored as: Backend Developer (the guide this resume fits best)");
        await Assertions.Expect(_page.Locator("#fit-badge")).ToHaveTextAsync("Good fit");
        await Assertions.Expect(_page.Locator("#match")).ToBeVisibleAsync();
        await Assertions.Expect(_page.Locator("#match-rate")).ToHaveTextAsync(new Regex(@"^\d+%$"));
        Assert.True(await _page.Locator("#findings details").CountAsync() >= 12);

        // Failed findings come first and open; a passed one opens on a click and quotes the resume.
        var statuses = await _page.Locator("#findings details summary .badge").AllTextContentsAsync();
        Assert.Equal(statuses.OrderBy(s => s switch { "Fail" => 0, "Improve" => 1, "Pass" => 2, _ => 3 }), statuses);
        var passed = _page.Locator("#findings details.pass").First;
        await Assertions.Expect(passed.Locator(".evidence")).ToBeHiddenAsync();
        await passed.Locator("summary").ClickAsync();
        await Assertions.Expect(passed.Locator(".evidence li").First).ToBeVisibleAsync();

        await Assertions.Expect(_page.Locator("#downloads a")).ToHaveCountAsync(6);
        Assert.Equal("Jordan-Avery-ats-report.pdf", await DownloadName("Report (PDF)"));
        Assert.Equal("Jordan-Avery-resume.pdf", await DownloadName("ATS-friendly resume (PDF)"));
        Assert.Equal("Jordan-Avery-resume.docx", await DownloadName("ATS-friendly resume (Word)"));
        await Assertions.Expect(_page.Locator("#result-link")).ToHaveAttributeAsync("href", new Regex("^/#/scans/[0-9a-f]{32}$"));
        await Screenshot("report-desktop");
        Assert.Empty(_consoleErrors);
    }

    /// <summary>
    /// A resume carrying markup that would run if the page wrote it as HTML: the report shows it as text, nothing of it
    /// runs (no dialog, no flag set, no element made from it) with every finding opened.
    /// </summary>
    [Fact]
    public async Task A_resume_carrying_script_is_shown_as_text_and_nothing_of_it_runs()
    {
        const string payload = "<img src=x onerror=\"window.owned=1;alert(1)\"><script>window.owned=2</script><svg onload=\"window.owned=3\">";
        var dialogs = 0;
        _page.Dialog += async (_, dialog) =>
        {
            dialogs++;
            await dialog.DismissAsync();
        };
        var person = People.Backend with
        {
            Label = payload,
            Summary = "Backend developer " + payload + " who builds payment systems in C# and PostgreSQL.",
        };

        await Upload("payload.txt", Encoding.UTF8.GetBytes(TextResume.Plain(person)));
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        await _page.EvaluateAsync("() => document.querySelectorAll('#findings details').forEach(d => d.open = true)");

        Assert.Equal(0, dialogs);
        Assert.Equal("undefined", await _page.EvaluateAsync<string>("() => typeof window.owned"));
        Assert.Equal(0, await _page.Locator("img[src='x'], svg[onload], #findings script, #report script").CountAsync());
        Assert.Contains("<script>window.owned=2</script>", await _page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    public static TheoryData<string> Fields() => new() { "registered-nurse", "teacher", "accountant" };

    [Theory]
    [MemberData(nameof(Fields))]
    public async Task A_nurse_teacher_or_accountant_gets_their_own_guide_and_is_told_at_the_top_when_scored_as_a_backend_developer(string field)
    {
        var person = FieldPeople.ByRole[field];
        var title = await RoleTitle(field);
        var file = $"{field}.pdf";

        await Upload(file, PdfResume.SingleColumn(person));
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        await Assertions.Expect(_page.Locator("#role-used")).ToHaveTextAsync($"Scored as: {title} (the guide this resume fits best)");
        await Assertions.Expect(_page.Locator("#fit-badge")).ToHaveTextAsync("Good fit");

        await _page.Locator("#role").SelectOptionAsync("backend-developer");
        await Upload(file, PdfResume.SingleColumn(person));
        await Assertions.Expect(_page.Locator("#role-used")).ToHaveTextAsync("Scored as: Backend Developer", Finished);
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        await Assertions.Expect(_page.Locator("#verdict")).ToHaveTextAsync(new Regex($"^Not yet a Backend Developer résumé: .*the {Regex.Escape(title)} guide fits it better"));
        await Assertions.Expect(_page.Locator("#fit-badge")).ToHaveTextAsync("Poor fit");
        var score = int.Parse(await _page.Locator("#score").TextContentAsync() ?? "");
        Assert.True(score < 50, $"{field} as backend developer scored {score}");
        var first = _page.Locator("#findings details").First;
        await Assertions.Expect(first).ToHaveAttributeAsync("id", "finding-role-fit");
        await Assertions.Expect(first.Locator(".badge")).ToHaveTextAsync("Fail");
        await Assertions.Expect(first.Locator(".detail")).ToContainTextAsync($"It fits the {title} guide");
        if (field == "registered-nurse")
        {
            await Screenshot("poor-fit-desktop");
        }

        // One click scores the same file against the guide it fits.
        await Assertions.Expect(_page.Locator("#rescore")).ToHaveTextAsync($"Score it as {title}");
        await _page.Locator("#rescore").ClickAsync();
        await Assertions.Expect(_page.Locator("#role-used")).ToHaveTextAsync($"Scored as: {title}", Finished);
        await Assertions.Expect(_page.Locator("#fit-badge")).ToHaveTextAsync("Good fit");
        Assert.True(int.Parse(await _page.Locator("#score").TextContentAsync() ?? "") >= 50);
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_result_has_its_own_address_that_reopens_it_on_a_phone()
    {
        await Upload("teacher.pdf", PdfResume.SingleColumn(FieldPeople.Teacher));
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        var address = await _page.Locator("#result-link").GetAttributeAsync("href");
        var verdict = await _page.Locator("#verdict").TextContentAsync();

        await using var phone = await browser.Instance.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, DeviceScaleFactor = 2, IsMobile = true, HasTouch = true,
        });
        var page = await NewPageAsync(phone);
        await page.GotoAsync(_app.BaseUrl + address);

        await Assertions.Expect(page.Locator("#verdict")).ToHaveTextAsync(verdict!, Finished);
        await Assertions.Expect(page.Locator("#role-used")).ToContainTextAsync("Teacher");
        await Assertions.Expect(page.Locator("#downloads a")).ToHaveCountAsync(6);
        // Nothing sticks out sideways on a phone.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Screens.Path("report-phone"), FullPage = true });
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_file_that_is_not_a_resume_stops_at_the_read_step_with_what_it_is()
    {
        var notes = "Meeting notes\n- call the bank about the loan\n- buy milk and eggs\n- ask Sam about the trip to Porto\nDentist on Friday\n";
        await Upload("notes.txt", Encoding.UTF8.GetBytes(notes));

        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("The scan stopped at reading the file.", Finished);
        await Assertions.Expect(_page.Locator(".steps li.done")).ToHaveTextAsync(["Uploaded"]);
        await Assertions.Expect(_page.Locator(".steps li.failed")).ToHaveTextAsync(["Read"]);
        await Assertions.Expect(_page.Locator("#failure-message")).ToContainTextAsync("reads as notes or running text");
        await Assertions.Expect(_page.Locator("#report")).ToBeHiddenAsync();
        await Assertions.Expect(_page.Locator("#downloads a")).ToHaveCountAsync(0);
        await Screenshot("not-a-resume-desktop");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task A_scanned_pdf_gets_the_one_cause_no_score_and_no_rewrite()
    {
        await Upload("scan.pdf", ResumeFixtures.ImageOnlyPdf());

        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        await Assertions.Expect(_page.Locator("#verdict")).ToHaveTextAsync(new Regex("^An applicant tracking system reads no text in this file"));
        await Assertions.Expect(_page.Locator("#score")).ToHaveTextAsync("Not scored: an ATS reads no text in this file.");
        await Assertions.Expect(_page.Locator("#findings details")).ToHaveCountAsync(1);
        await Assertions.Expect(_page.Locator("#findings details .fix")).ToContainTextAsync("real text");
        await Assertions.Expect(_page.Locator("#downloads a", new() { HasText = "ATS-friendly" })).ToHaveCountAsync(0);
        await Assertions.Expect(_page.Locator("#no-rewrite")).ToBeVisibleAsync();

        var id = (await _page.Locator("#result-link").GetAttributeAsync("href"))!.Split('/').Last();
        var rewrite = await _page.APIRequest.GetAsync($"{_app.BaseUrl}/api/v1/scans/{id}/optimized.pdf");
        Assert.Equal(404, rewrite.Status);
        using var problem = JsonDocument.Parse(await rewrite.TextAsync());
        Assert.Equal("no-rewrite", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("no text", problem.RootElement.GetProperty("detail").GetString());
        await Screenshot("image-only-desktop");
        Assert.Empty(_consoleErrors);
    }

    [Fact]
    public async Task Sizes_are_given_in_one_unit_on_the_page_and_in_the_apis_answer()
    {
        await Assertions.Expect(_page.Locator("label[for=file] small")).ToContainTextAsync("up to 10 MiB");

        await _page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "big.txt", MimeType = "text/plain", Buffer = ResumeFixtures.LargeText(11 * 1024 * 1024) });
        await _page.Locator("#submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#form-error")).ToHaveTextAsync("The file is larger than the 10 MiB a resume may be.");

        var multipart = _page.APIRequest.CreateFormData();
        multipart.Set("file", new FilePayload { Name = "big.txt", MimeType = "text/plain", Buffer = ResumeFixtures.LargeText(11 * 1024 * 1024) });
        var refused = await _page.APIRequest.PostAsync($"{_app.BaseUrl}/api/v1/scans", new APIRequestContextOptions { Multipart = multipart });
        Assert.Equal(413, refused.Status);
        Assert.Contains("10 MiB", await refused.TextAsync());
    }

    [Fact]
    public async Task Deleting_from_the_page_erases_the_scan()
    {
        await Upload("resume.txt", ResumeFixtures.TextResume("Ana Lima"));
        await Assertions.Expect(_page.Locator("#status-line")).ToHaveTextAsync("Done.", Finished);
        var reportHref = await _page.Locator("#downloads a").First.GetAttributeAsync("href");

        await _page.Locator("#delete").ClickAsync();

        await Assertions.Expect(_page.Locator("#status-line")).ToContainTextAsync("Deleted");
        var after = await _page.APIRequest.GetAsync(_app.BaseUrl + reportHref);
        Assert.Contains((HttpStatusCode)after.Status, new[] { HttpStatusCode.NotFound, HttpStatusCode.Gone });
    }

    [Fact]
    public async Task A_file_that_is_not_a_document_is_refused_with_the_reason_and_nothing_starts()
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
    public async Task Every_guide_is_offered_for_scans_and_for_tips()
    {
        var roles = await Roles();
        Assert.True(roles.Count >= 12);
        await Assertions.Expect(_page.Locator("#role option")).ToHaveCountAsync(roles.Count + 1);
        await Assertions.Expect(_page.Locator("#role option").First).ToHaveTextAsync("Best fit for my resume");
        await Assertions.Expect(_page.Locator("#tips-role option")).ToHaveCountAsync(roles.Count);
    }

    [Fact]
    public async Task A_visitor_asks_for_weekly_tips_and_a_confirmation_mail_is_written()
    {
        await _page.Locator("#tips-email").FillAsync("reader@example.test");
        await _page.Locator("#tips-role").SelectOptionAsync("registered-nurse");
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
        Assert.Contains("Registered Nurse", message.TextBody);
        Assert.Contains("/api/v1/subscribers/confirm?token=", message.TextBody);

        // Past the browser's own check, the API's answer is shown.
        await _page.Locator("#tips-email").EvaluateAsync("e => e.type = 'text'");
        await _page.Locator("#tips-email").FillAsync("not an address");
        await _page.Locator("#tips-submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#tips-message")).ToHaveClassAsync("error");
    }

    [Fact]
    public async Task A_subscriber_confirms_from_the_mail_only_by_pressing_the_button()
    {
        await _page.Locator("#tips-email").FillAsync("presser@example.test");
        await _page.Locator("#tips-submit").ClickAsync();
        await Assertions.Expect(_page.Locator("#tips-message")).ToContainTextAsync("confirmation link");
        var mail = Path.Combine(_app.DataPath, "mail");
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (!Directory.Exists(mail) || Directory.GetFiles(mail, "*.eml").Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "no confirmation mail was written");
            await Task.Delay(50);
        }
        var message = await MimeKit.MimeMessage.LoadAsync(Directory.GetFiles(mail, "*.eml").Single());
        var link = System.Text.RegularExpressions.Regex.Match(message.TextBody ?? "", @"http://localhost:5000(/api/v1/subscribers/confirm\?token=[A-Za-z0-9_%-]+)");
        Assert.True(link.Success, message.TextBody);
        var url = _app.BaseUrl + link.Groups[1].Value;

        // Opening the link, as a person or a mail provider's link scanner does, twice: still a question with a button.
        for (var i = 0; i < 2; i++)
        {
            await _page.GotoAsync(url);
            await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("Start the weekly tips?");
        }
        await _page.Locator("button", new() { HasText = "Confirm my subscription" }).ClickAsync();
        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("You are subscribed");

        await _page.GotoAsync(url);
        await Assertions.Expect(_page.Locator("h1")).ToHaveTextAsync("You are subscribed");
        await Assertions.Expect(_page.Locator("button")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_page_allows_scripts_only_from_its_own_origin_and_has_an_icon()
    {
        var response = await _page.APIRequest.GetAsync(_app.BaseUrl + "/");
        var icon = await _page.APIRequest.GetAsync(_app.BaseUrl + "/favicon.svg");

        Assert.Contains("script-src 'self'", response.Headers["content-security-policy"]);
        Assert.Equal("nosniff", response.Headers["x-content-type-options"]);
        Assert.Equal(200, icon.Status);
        Assert.StartsWith("image/svg+xml", icon.Headers["content-type"]);
        Assert.Empty(_consoleErrors);
    }

    private async Task<IPage> NewPageAsync(IBrowserContext context)
    {
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        return page;
    }

    private async Task Upload(string name, byte[] content, string? posting = null)
    {
        await _page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "application/octet-stream", Buffer = content });
        if (posting is not null)
        {
            await _page.Locator("#jobDescription").FillAsync(posting);
        }
        await _page.Locator("#submit").ClickAsync();
    }

    /// <summary>The name the browser saves a download under, from the API's Content-Disposition.</summary>
    private async Task<string> DownloadName(string label)
    {
        var download = await _page.RunAndWaitForDownloadAsync(() => _page.Locator("#downloads a", new() { HasText = label }).ClickAsync());
        return download.SuggestedFilename;
    }

    private async Task<List<(string Id, string Title)>> Roles()
    {
        var response = await _page.APIRequest.GetAsync(_app.BaseUrl + "/api/v1/roles");
        using var roles = JsonDocument.Parse(await response.TextAsync());
        return roles.RootElement.EnumerateArray().Select(r => (r.GetProperty("id").GetString()!, r.GetProperty("title").GetString()!)).ToList();
    }

    private async Task<string> RoleTitle(string role) => (await Roles()).Single(r => r.Id == role).Title;

    private Task Screenshot(string name) => _page.ScreenshotAsync(new PageScreenshotOptions { Path = Screens.Path(name), FullPage = true });
}
