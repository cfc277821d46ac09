using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ingest.Api.Subscribers.Digest;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Testing;
using Resume.Scoring;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>The digest made for each subscriber: tips they have not had, a note on their own latest scan, and no mail to dead addresses.</summary>
public sealed class DigestPersonalTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_subscriber_gets_no_tip_twice_until_the_roles_pool_is_used_up_and_a_later_subscriber_has_a_history_of_its_own()
    {
        await using var app = new SubscriberApp();
        const string role = "data-engineer";
        var pool = RoleGuideCatalog.BuiltIn.Get(role).NewsletterTips;
        await app.SubscribeAndConfirmAsync("early@example.test", role);
        var issues = (pool.Count + 2) / 3 + 1;
        Assert.True(IssueWeek.TryParse("2026-W10", out var week));
        for (var i = 0; i < issues; i++, week = week.Next())
        {
            if (i == 2)
            {
                await app.SubscribeAndConfirmAsync("later@example.test", role);
            }
            Assert.True((await app.SendDigestAsync(week.ToString())).Sent >= 1);
        }

        foreach (var (address, count) in new[] { ("early@example.test", issues), ("later@example.test", issues - 2) })
        {
            var sequence = app.Mail.To(address).Skip(1).SelectMany(m => TipsInOrder(m, pool)).ToList();
            Assert.Equal(count * Math.Min(3, pool.Count), sequence.Count);
            // Every tip of the pool once before any comes again.
            var round = Math.Min(pool.Count, sequence.Count);
            Assert.Equal(round, sequence.Take(round).Distinct().Count());
        }
        Assert.Equal(pool.Order(), app.Mail.To("early@example.test").Skip(1).SelectMany(m => TipsInOrder(m, pool)).Take(pool.Count).Order());
    }

    [Fact]
    public async Task A_subscriber_whose_resume_was_scanned_lately_reads_its_score_and_the_check_that_would_raise_it_most()
    {
        await using var app = new SubscriberApp();
        const string address = "ada.scan@example.test";
        var scans = app.App.Scans();
        var accepted = await scans.SubmitAcceptedAsync(ResumeWith("Ada.Scan@Example.test"), "ada.txt");
        var done = await scans.WaitForEndAsync(accepted.Id, Patience);
        Assert.Equal("completed", done.Status);
        var (title, gain) = await BestCheckAsync(app, accepted.Id);
        // The same address in a tenant's scan is the tenant's business: it says nothing to the subscriber.
        var tenantKey = await CreateTenantKeyAsync(app);
        var tenantScans = new ScansClient(Authorized(app.App.CreateClient(), tenantKey));
        var theirs = await tenantScans.SubmitAcceptedAsync(ResumeWith("other.person@example.test"), "t.txt");
        Assert.Equal("completed", (await tenantScans.WaitForEndAsync(theirs.Id, Patience)).Status);

        await app.SubscribeAndConfirmAsync(address);
        await app.SubscribeAndConfirmAsync("other.person@example.test");
        Assert.Equal(2, (await app.SendDigestAsync("2026-W48")).Sent);

        var digest = app.Mail.To(address)[1];
        Assert.Contains($"scored {done.Score}/100", digest.TextBody);
        Assert.Contains($"\"{title}\" (up to {gain} more points)", digest.TextBody);
        Assert.Contains("id=\"your-scan\"", digest.HtmlBody);
        Assert.DoesNotContain("Your latest resume scan", app.Mail.To("other.person@example.test")[1].TextBody);
        var stored = await app.App.WithDbAsync(db => db.CandidateScans.AsNoTracking().SingleAsync());
        Assert.Equal(Guid.Parse(accepted.Id), stored.ScanId);
        Assert.DoesNotContain("@", stored.CandidateKey);

        // Erased on request: the next issue no longer mentions it.
        using (var erased = await app.App.CreateClient().DeleteAsync($"/api/v1/scans/{accepted.Id}"))
        {
            Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        }
        Assert.Equal(2, (await app.SendDigestAsync("2026-W49")).Sent);
        Assert.DoesNotContain("Your latest resume scan", app.Mail.To(address)[2].TextBody);
        Assert.Equal(0, await app.App.WithDbAsync(db => db.CandidateScans.CountAsync()));
    }

    [Fact]
    public async Task A_scan_older_than_ninety_days_is_not_mentioned_and_an_unconfirmed_address_hears_nothing()
    {
        await using var app = new SubscriberApp();
        const string address = "old.scan@example.test";
        var scans = app.App.Scans();
        var accepted = await scans.SubmitAcceptedAsync(ResumeWith(address), "old.txt");
        Assert.Equal("completed", (await scans.WaitForEndAsync(accepted.Id, Patience)).Status);
        using (await app.SubscribeAsync(address))
        {
        }
        await app.ConfirmationLinkAsync(address);
        Assert.Equal(0, (await app.SendDigestAsync("2026-W48")).Sent);

        using (var confirmed = await app.ConfirmAsync(await app.ConfirmationLinkAsync(address)))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        }
        Assert.Equal(1, (await app.SendDigestAsync("2026-W49")).Sent);
        Assert.Contains("Your latest resume scan", app.Mail.To(address)[1].TextBody);

        app.Clock.Advance(TimeSpan.FromDays(91));
        Assert.Equal(1, (await app.SendDigestAsync("2026-W50")).Sent);
        Assert.DoesNotContain("Your latest resume scan", app.Mail.To(address)[2].TextBody);
    }

    [Fact]
    public async Task An_address_the_server_refuses_at_rcpt_is_suppressed_for_good_and_shown_to_the_admin()
    {
        await using var app = new SubscriberApp();
        await app.SubscribeAndConfirmAsync("alive@example.test");
        await app.SubscribeAndConfirmAsync("dead@example.test");
        app.Mail.UnknownMailboxes["dead@example.test"] = true;

        Assert.Equal(new DigestRunResult("2026-W48", 1, 0, 1), await app.SendDigestAsync("2026-W48"));
        var row = await app.App.WithDbAsync(db => db.Subscribers.AsNoTracking().SingleAsync(s => s.Email == "dead@example.test"));
        Assert.Equal(SubscriberStatus.Suppressed, row.Status);
        Assert.Contains("550", row.SuppressionReason);

        // The mailbox comes back: the address still gets nothing, not even from a new request.
        app.Mail.UnknownMailboxes.Clear();
        var asked = app.Mail.RecipientsAsked.Count(r => r == "dead@example.test");
        Assert.Equal(new DigestRunResult("2026-W49", 1, 0, 0), await app.SendDigestAsync("2026-W49"));
        using (var again = await app.SubscribeAsync("dead@example.test"))
        {
            Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        }
        await app.WaitForJobsAsync();
        Assert.Equal(asked, app.Mail.RecipientsAsked.Count(r => r == "dead@example.test"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/admin/subscribers/suppressed");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SubscriberApp.AdminKey);
        using var listed = await app.Http.SendAsync(request);
        var list = JsonDocument.Parse(await listed.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, list.GetProperty("total").GetInt32());
        Assert.Equal("dead@example.test", list.GetProperty("addresses")[0].GetProperty("email").GetString());
        Assert.Contains("550", list.GetProperty("addresses")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task A_confirmation_mail_refused_at_rcpt_suppresses_the_address()
    {
        await using var app = new SubscriberApp();
        app.Mail.UnknownMailboxes["typo@example.test"] = true;

        using (var subscribed = await app.SubscribeAsync("typo@example.test"))
        {
            Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        }
        await app.WaitForJobsAsync();

        Assert.Equal(SubscriberStatus.Suppressed, await app.App.WithDbAsync(db => db.Subscribers.Select(s => s.Status).SingleAsync()));
        Assert.Empty(app.Mail.To("typo@example.test"));
    }

    [Fact]
    public async Task Digests_go_out_no_faster_than_the_configured_rate()
    {
        await using var app = new SubscriberApp(new Dictionary<string, string?> { ["Digest:MessagesPerSecond"] = "5" });
        var addresses = Enumerable.Range(0, 12).Select(i => $"paced{i}@example.test").ToList();
        foreach (var address in addresses)
        {
            await app.SubscribeAndConfirmAsync(address);
        }

        Assert.Equal(12, (await app.SendDigestAsync("2026-W48")).Sent);

        var arrivals = app.Mail.All.Where(m => m.Message.Headers.Contains("List-Unsubscribe")).Select(m => m.ReceivedAt).Order().ToList();
        Assert.Equal(12, arrivals.Count);
        // Eleven gaps of at least 200 ms (less the first connection's set-up, which delays only the first arrival).
        Assert.True(arrivals[^1] - arrivals[0] >= TimeSpan.FromSeconds(2), $"12 digests at 5 per second arrived within {arrivals[^1] - arrivals[0]}");
        Assert.All(arrivals, a => Assert.True(arrivals.Count(b => b >= a && b < a + TimeSpan.FromSeconds(1)) <= 6, "more than 5 in one second"));
    }

    [Fact]
    public async Task The_preview_shows_the_weeks_issue_for_every_role_in_the_catalog()
    {
        await using var app = new SubscriberApp();
        Assert.True(IssueWeek.TryParse("2026-W50", out var week));
        foreach (var role in RoleGuideCatalog.BuiltIn.Roles)
        {
            using var response = await AdminGetAsync(app, $"/api/v1/admin/digests/preview?role={role}&week=2026-W50");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            var issue = DigestIssue.For(role, week, 3);
            Assert.Contains(issue.RoleTitle, html);
            Assert.All(issue.Tips, tip => Assert.Contains(tip, html));
        }
        using var unknown = await AdminGetAsync(app, "/api/v1/admin/digests/preview?role=astronaut");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("role", await unknown.Content.ReadAsStringAsync());
        using var anonymous = await app.Http.GetAsync("/api/v1/admin/digests/preview");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    private static Task<HttpResponseMessage> AdminGetAsync(SubscriberApp app, string path) =>
        app.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, path) { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", SubscriberApp.AdminKey) } });

    /// <summary>The fixture resume with another address in its contact line.</summary>
    public static byte[] ResumeWith(string email) =>
        Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(ResumeFixtures.TextResume()).Replace("jordan.avery@example.com", email, StringComparison.Ordinal));

    /// <summary>The non-passing check with the most points to gain, from the scan's own score.json, and those points.</summary>
    public static async Task<(string Title, int Gain)> BestCheckAsync(SubscriberApp app, string scanId)
    {
        await using var stream = (await app.App.Blobs.OpenReadAsync(BlobNames.Score(Guid.Parse(scanId))))!;
        using var score = await JsonDocument.ParseAsync(stream);
        var checks = score.RootElement.GetProperty("checks").EnumerateArray()
            .Select(c => (Title: c.GetProperty("title").GetString()!, Status: c.GetProperty("status").GetString(), Weight: c.GetProperty("weight").GetInt32(), Score: c.GetProperty("score").GetInt32()))
            .ToList();
        var best = checks.Where(c => c.Status != "pass").MaxBy(c => c.Weight * (100 - c.Score));
        return (best.Title, Math.Max(1, (int)Math.Round((double)best.Weight * (100 - best.Score) / checks.Sum(c => c.Weight), MidpointRounding.AwayFromZero)));
    }

    private static async Task<string> CreateTenantKeyAsync(SubscriberApp app)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name = "Recruiter" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", SubscriberApp.AdminKey);
        using var response = await app.Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("apiKey").GetString()!;
    }

    private static HttpClient Authorized(HttpClient http, string key)
    {
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return http;
    }

    /// <summary>The pool's tips in the order the mail lists them.</summary>
    private static IEnumerable<string> TipsInOrder(MimeKit.MimeMessage mail, IReadOnlyList<string> pool) =>
        pool.Select(tip => (tip, at: mail.TextBody?.IndexOf(tip, StringComparison.Ordinal) ?? -1)).Where(t => t.at >= 0).OrderBy(t => t.at).Select(t => t.tip);
}
