using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ingest.Api.Subscribers.Subscribe;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Resume.Scoring;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>Double opt-in, the digest it leads to, one-click unsubscribe, and what the links say when they are wrong.</summary>
public sealed class SubscriptionTests
{
    [Fact]
    public async Task A_confirmed_subscriber_gets_one_digest_per_week_with_the_roles_tips_and_unsubscribe_headers()
    {
        await using var app = new SubscriberApp();
        const string address = "ada@example.test";

        using (var subscribed = await app.SubscribeAsync("  Ada@Example.TEST ", "data-engineer"))
        {
            Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
        }
        var link = await app.ConfirmationLinkAsync(address);
        await app.WaitForJobsAsync();
        var confirmation = Assert.Single(app.Mail.To(address));
        Assert.Contains(link.AbsoluteUri, confirmation.HtmlBody);
        Assert.Contains("Data Engineer", confirmation.TextBody);

        // Not confirmed yet: a digest run passes the address by.
        Assert.Equal(0, (await app.SendDigestAsync("2026-W47")).Sent);
        Assert.Single(app.Mail.To(address));

        using (var confirmed = await app.ConfirmAsync(link))
        {
            Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            Assert.Equal("confirmed", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        var week48 = await app.SendDigestAsync("2026-W48");
        Assert.Equal(new Ingest.Api.Subscribers.Digest.DigestRunResult("2026-W48", 1, 0), week48);
        var digest = app.Mail.To(address)[1];
        var unsubscribe = SubscriberApp.LinkIn(digest, "unsubscribe");
        Assert.Equal($"<{unsubscribe.AbsoluteUri}>", digest.Headers["List-Unsubscribe"]);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.Contains($"href=\"{unsubscribe.AbsoluteUri}\"", digest.HtmlBody);
        Assert.Contains("2026-W48", digest.Subject);
        var tips48 = TipsIn(digest, "data-engineer");
        Assert.Equal(3, tips48.Count);
        Assert.Empty(TipsIn(digest, "backend-developer"));

        // The same week again: nobody gets a second copy.
        Assert.Equal(0, (await app.SendDigestAsync("2026-W48")).Sent);
        Assert.Equal(2, app.Mail.To(address).Count);

        Assert.Equal(1, (await app.SendDigestAsync("2026-W49")).Sent);
        var tips49 = TipsIn(app.Mail.To(address)[2], "data-engineer");
        Assert.Equal(3, tips49.Count);
        Assert.NotEqual(tips48.Order(), tips49.Order());
    }

    [Fact]
    public async Task Opening_the_confirmation_link_changes_nothing_and_only_a_post_to_it_confirms()
    {
        await using var app = new SubscriberApp();
        const string address = "scanned@example.test";
        using (await app.SubscribeAsync(address))
        {
        }
        var link = await app.ConfirmationLinkAsync(address);

        using (var page = await app.FollowAsync(link, accept: "text/html"))
        {
            var html = await page.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<form method=\"post\">", html);
            Assert.Contains("<button type=\"submit\">Confirm my subscription</button>", html);
            Assert.Contains("form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        }
        using (var program = await app.FollowAsync(link))
        {
            Assert.Equal("pending", (await program.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }
        Assert.Equal(SubscriberStatus.Pending, await app.App.WithDbAsync(db => db.Subscribers.Select(s => s.Status).SingleAsync()));
        Assert.Equal(0, (await app.SendDigestAsync("2026-W48")).Sent);

        using (var confirmed = await app.ConfirmAsync(link))
        {
            Assert.Equal("confirmed", (await confirmed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }
        Assert.Equal(SubscriberStatus.Confirmed, await app.App.WithDbAsync(db => db.Subscribers.Select(s => s.Status).SingleAsync()));
        Assert.Equal(1, (await app.SendDigestAsync("2026-W48")).Sent);
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_the_next_digest_and_the_link_opens_a_page_with_a_button()
    {
        await using var app = new SubscriberApp();
        const string address = "grace@example.test";
        await app.SubscribeAndConfirmAsync(address);
        Assert.Equal(1, (await app.SendDigestAsync("2026-W48")).Sent);
        var header = app.Mail.To(address)[1].Headers["List-Unsubscribe"];
        var link = new Uri(header!.Trim('<', '>'));

        using (var page = await app.FollowAsync(link, accept: "text/html"))
        {
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            var html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<form method=\"post\">", html);
            Assert.Contains("<button type=\"submit\">Unsubscribe</button>", html);
            Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", html);
            Assert.Contains("form-action 'self'", page.Headers.GetValues("Content-Security-Policy").Single());
        }
        // Opening the page unsubscribed nobody.
        Assert.Equal(SubscriberStatus.Confirmed, await app.App.WithDbAsync(db => db.Subscribers.Select(s => s.Status).SingleAsync()));

        for (var i = 0; i < 2; i++)
        {
            using var oneClick = await app.FollowAsync(link, HttpMethod.Post, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
            Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
            Assert.Equal("unsubscribed", (await oneClick.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        }

        Assert.Equal(0, (await app.SendDigestAsync("2026-W49")).Sent);
        Assert.Equal(2, app.Mail.To(address).Count);
        using var after = await app.FollowAsync(link, accept: "text/html");
        var afterHtml = await after.Content.ReadAsStringAsync();
        Assert.Contains("You are unsubscribed", afterHtml);
        Assert.DoesNotContain("<button", afterHtml);
    }

    [Fact]
    public async Task A_changed_or_expired_confirmation_link_gets_a_clear_answer_and_confirms_nothing()
    {
        await using var app = new SubscriberApp();
        const string address = "linus@example.test";
        using (await app.SubscribeAsync(address))
        {
        }
        var link = await app.ConfirmationLinkAsync(address);
        var token = link.Query["?token=".Length..];
        var changed = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];

        foreach (var bad in new[] { $"/api/v1/subscribers/confirm?token={changed}", "/api/v1/subscribers/confirm?token=nonsense", "/api/v1/subscribers/confirm" })
        {
            using var refused = await app.Http.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal("invalid-token", problem.RootElement.GetProperty("code").GetString());
            Assert.Contains("link", problem.RootElement.GetProperty("detail").GetString());
        }
        // A confirmation token is no unsubscribe token, nor the reverse.
        using (var wrongPurpose = await app.Http.PostAsync($"/api/v1/subscribers/unsubscribe?token={token}", null))
        {
            Assert.Equal(HttpStatusCode.BadRequest, wrongPurpose.StatusCode);
        }
        using (var page = await app.FollowAsync(new Uri($"{SubscriberApp.PublicBaseUrl}/api/v1/subscribers/confirm?token={changed}"), accept: "text/html"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Contains("This link is not valid", await page.Content.ReadAsStringAsync());
        }

        app.Clock.Advance(TimeSpan.FromHours(49));
        using (var expired = await app.FollowAsync(link))
        {
            Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
            using var problem = JsonDocument.Parse(await expired.Content.ReadAsStringAsync());
            Assert.Equal("expired-token", problem.RootElement.GetProperty("code").GetString());
            Assert.Contains("48 hours", problem.RootElement.GetProperty("detail").GetString());
        }
        Assert.Equal(SubscriberStatus.Pending, await app.App.WithDbAsync(db => db.Subscribers.Select(s => s.Status).SingleAsync()));
        Assert.Equal(0, (await app.SendDigestAsync("2026-W48")).Sent);

        // Asking again mails a fresh link, which works.
        using (await app.SubscribeAsync(address))
        {
        }
        using var confirmed = await app.ConfirmAsync(await app.ConfirmationLinkAsync(address, nth: 2));
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        // The first link, followed once more, now just says the address is subscribed.
        using var again = await app.FollowAsync(link, accept: "text/html");
        Assert.Contains("You are subscribed", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Asking_again_answers_the_same_whatever_the_address_and_sends_a_bounded_number_of_mails()
    {
        await using var app = new SubscriberApp(new Dictionary<string, string?> { ["Subscribers:MaxConfirmationMails"] = "3" });
        const string confirmed = "known@example.test";
        const string pending = "waiting@example.test";
        await app.SubscribeAndConfirmAsync(confirmed);

        var answers = new List<(HttpStatusCode, string)>();
        foreach (var address in new[] { confirmed, "fresh@example.test", confirmed })
        {
            using var response = await app.SubscribeAsync(address);
            answers.Add((response.StatusCode, await response.Content.ReadAsStringAsync()));
        }
        Assert.All(answers, answer => Assert.Equal((HttpStatusCode.Accepted, answers[1].Item2), answer));
        Assert.Contains(SubscribeToDigest.AcceptedMessage, answers[0].Item2);

        // A pending address asking many times: a mail at most once a minute, three in all, one row.
        for (var i = 0; i < 8; i++)
        {
            using var response = await app.SubscribeAsync(pending);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            app.Clock.Advance(TimeSpan.FromSeconds(i % 2 == 0 ? 5 : 61));
        }
        await app.Mail.WaitForAsync(pending, 3);
        await app.Mail.WaitForAsync("fresh@example.test");
        await app.WaitForJobsAsync();

        Assert.Equal(3, app.Mail.To(pending).Count);
        Assert.Single(app.Mail.To(confirmed));
        Assert.Equal(1, await app.App.WithDbAsync(db => db.Subscribers.CountAsync(s => s.Email == pending)));
        // Every one of the three links confirms (each within its lifetime).
        using var third = await app.ConfirmAsync(SubscriberApp.LinkIn(app.Mail.To(pending)[2], "confirm"));
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
    }

    [Theory]
    [InlineData("not-an-address", "backend-developer", "email")]
    [InlineData("", "backend-developer", "email")]
    [InlineData("two@@example.test", "backend-developer", "email")]
    [InlineData("Ada <ada@example.test>", "backend-developer", "email")]
    [InlineData("ada@localhost", "backend-developer", "email")]
    [InlineData("ada@example.test", "astronaut", "role")]
    public async Task A_bad_address_or_an_unknown_role_is_refused_with_the_field_named(string email, string role, string field)
    {
        await using var app = new SubscriberApp();

        using var response = await app.SubscribeAsync(email, role);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var message = problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString();
        Assert.False(string.IsNullOrWhiteSpace(message));
        if (field == "role")
        {
            Assert.All(RoleGuideCatalog.BuiltIn.Roles, known => Assert.Contains(known, message));
        }
        Assert.Equal(0, await app.App.WithDbAsync(db => db.Subscribers.CountAsync()));
    }

    [Fact]
    public async Task Subscription_requests_past_the_limit_get_a_429_problem_in_their_own_words()
    {
        await using var app = new SubscriberApp(new Dictionary<string, string?> { ["Subscribers:RequestsPerWindow"] = "2" });
        for (var i = 0; i < 2; i++)
        {
            using var ok = await app.SubscribeAsync($"person{i}@example.test");
            Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        }

        using var limited = await app.SubscribeAsync("person9@example.test");

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        using var problem = JsonDocument.Parse(await limited.Content.ReadAsStringAsync());
        Assert.Equal("rate-limited", problem.RootElement.GetProperty("code").GetString());
        Assert.Contains("subscriptions", problem.RootElement.GetProperty("detail").GetString());
    }

    /// <summary>The role guide's newsletter tips that appear in the mail's text.</summary>
    private static List<string> TipsIn(MimeKit.MimeMessage mail, string role) =>
        RoleGuideCatalog.BuiltIn.Get(role).NewsletterTips.Where(tip => mail.TextBody?.Contains(tip, StringComparison.Ordinal) == true).ToList();
}
