using System.Net;
using System.Net.Http.Headers;
using Hangfire;
using Hangfire.Storage;
using Ingest.Api.Subscribers;
using Ingest.Api.Subscribers.Digest;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>The weekly run: one mail per subscriber and week whoever starts it, resumed after failures, behind the admin key.</summary>
public sealed class DigestRunTests
{
    [Fact]
    public async Task The_weekly_hangfire_job_sends_this_weeks_issue_through_the_same_run_as_the_admin_route()
    {
        await using var app = new SubscriberApp(new Dictionary<string, string?> { ["Digest:Cron"] = "30 7 * * 2" });
        const string address = "margaret@example.test";
        await app.SubscribeAndConfirmAsync(address, "frontend-developer");
        var thisWeek = IssueWeek.Of(app.Clock.GetUtcNow()).ToString();

        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<WeeklyDigestJob>().RunAsync(CancellationToken.None);
            Assert.Equal(new DigestRunResult(thisWeek, 1, 0), result);
        }
        Assert.Contains(thisWeek, app.Mail.To(address)[1].Subject);

        // The admin route for the same week finds the job's delivery and sends nothing more.
        Assert.Equal(new DigestRunResult(thisWeek, 0, 0), await app.SendDigestAsync());
        Assert.Equal(2, app.Mail.To(address).Count);

        using var connection = app.App.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs();
        Assert.Contains(jobs, j => j.Id == SubscriberRegistration.DigestJob && j.Job.Type == typeof(WeeklyDigestJob) && j.Cron == "30 7 * * 2");
        Assert.Contains(jobs, j => j.Id == SubscriberRegistration.PurgeJob && j.Job.Type == typeof(SubscriberPurge));
    }

    [Fact]
    public async Task Mails_the_server_refused_are_sent_by_the_next_run_and_nobody_gets_two()
    {
        await using var app = new SubscriberApp();
        var addresses = new[] { "one@example.test", "two@example.test", "three@example.test" };
        foreach (var address in addresses)
        {
            await app.SubscribeAndConfirmAsync(address);
        }
        app.Mail.Refused["two@example.test"] = true;

        Assert.Equal(new DigestRunResult("2026-W48", 2, 1), await app.SendDigestAsync("2026-W48"));
        Assert.Single(app.Mail.To("two@example.test"));
        var row = await app.App.WithDbAsync(db => db.DigestDeliveries.AsNoTracking().SingleAsync(d => d.SentAt == null));
        Assert.Equal(1, row.Attempts);
        Assert.Contains("Mailbox unavailable", row.LastError);

        // The weekly job reports the failure to Hangfire (which retries it) rather than passing it as done.
        await using (var scope = app.App.Services.CreateAsyncScope())
        {
            app.Clock.MoveTo(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
            await Assert.ThrowsAsync<DigestIncompleteException>(() => scope.ServiceProvider.GetRequiredService<WeeklyDigestJob>().RunAsync(CancellationToken.None));
        }
        Assert.Equal(2, await app.App.WithDbAsync(db => db.DigestDeliveries.Where(d => d.SentAt == null).Select(d => d.Attempts).SingleAsync()));

        app.Mail.Refused.Clear();
        Assert.Equal(new DigestRunResult("2026-W48", 1, 0), await app.SendDigestAsync("2026-W48"));
        Assert.All(addresses, address => Assert.Equal(2, app.Mail.To(address).Count));

        // What an operator sees: three confirmations and three digests out, two failed attempts on the way.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        IReadOnlyList<MetricSample> metrics;
        while (true)
        {
            metrics = PrometheusText.Parse(await app.Http.GetStringAsync("/metrics"));
            if (metrics.Sum("pipeline_mails_total", Labels("digest", "sent")) == 3 || DateTime.UtcNow > deadline)
            {
                break;
            }
            await Task.Delay(100);
        }
        Assert.Equal(3, metrics.Sum("pipeline_mails_total", Labels("digest", "sent")));
        Assert.Equal(2, metrics.Sum("pipeline_mails_total", Labels("digest", "failed")));
        Assert.Equal(3, metrics.Sum("pipeline_mails_total", Labels("confirmation", "sent")));
    }

    private static Dictionary<string, string> Labels(string kind, string outcome) =>
        new() { ["pipeline_mail_kind"] = kind, ["pipeline_outcome"] = outcome };

    [Fact]
    public async Task A_run_that_died_after_claiming_a_mail_is_finished_by_a_later_run_once_its_claim_runs_out()
    {
        await using var app = new SubscriberApp();
        await app.SubscribeAndConfirmAsync("alive@example.test");
        await app.SubscribeAndConfirmAsync("claimed@example.test");
        // What a run leaves behind when its process dies between claiming a delivery and sending it.
        await app.App.WithDbAsync(async db =>
        {
            var claimed = await db.Subscribers.SingleAsync(s => s.Email == "claimed@example.test");
            db.DigestDeliveries.Add(new Ingest.Data.Subscribers.DigestDelivery
            {
                SubscriberId = claimed.Id, Week = "2026-W48", CreatedAt = app.Clock.GetUtcNow(),
                LeaseOwner = Guid.NewGuid(), LeaseUntil = app.Clock.GetUtcNow().AddMinutes(5),
            });
            return await db.SaveChangesAsync();
        });

        Assert.Equal(new DigestRunResult("2026-W48", 1, 0), await app.SendDigestAsync("2026-W48"));
        Assert.Single(app.Mail.To("claimed@example.test"));

        app.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(new DigestRunResult("2026-W48", 1, 0), await app.SendDigestAsync("2026-W48"));
        Assert.Equal(2, app.Mail.To("claimed@example.test").Count);
        Assert.Equal(2, app.Mail.To("alive@example.test").Count);
        Assert.Equal(new DigestRunResult("2026-W48", 0, 0), await app.SendDigestAsync("2026-W48"));
    }

    [Fact]
    public async Task A_mail_server_that_restarted_between_runs_is_reconnected_to()
    {
        var before = new MailCatcher();
        await using var app = new SubscriberApp(mail: before);
        await app.SubscribeAndConfirmAsync("steady@example.test");
        Assert.Equal(1, (await app.SendDigestAsync("2026-W48")).Sent);

        // The server goes away with the connection the app keeps open, and comes back on the same port.
        await before.DisposeAsync();
        await using var after = new MailCatcher(before.Port);

        Assert.Equal(new DigestRunResult("2026-W49", 1, 0), await app.SendDigestAsync("2026-W49"));
        Assert.Contains("2026-W49", Assert.Single(after.To("steady@example.test")).Subject);
    }

    [Fact]
    public async Task Two_runs_of_one_week_at_once_mail_every_subscriber_exactly_once()
    {
        await using var app = new SubscriberApp();
        var addresses = Enumerable.Range(0, 12).Select(i => $"reader{i}@example.test").ToList();
        foreach (var address in addresses)
        {
            await app.SubscribeAndConfirmAsync(address);
        }
        var week = IssueWeek.TryParse("2026-W50", out var parsed) ? parsed : throw new InvalidOperationException();

        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            await using var scope = app.App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<DigestRun>().SendAsync(week, CancellationToken.None);
        }));

        Assert.Equal(addresses.Count, runs.Sum(r => r.Sent));
        Assert.All(addresses, address => Assert.Equal(2, app.Mail.To(address).Count));
    }

    [Fact]
    public async Task The_admin_route_wants_the_admin_key_and_an_iso_week()
    {
        await using var app = new SubscriberApp();
        using var anonymous = await app.Http.PostAsync("/api/v1/admin/digests/send", null);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Bearer", anonymous.Headers.WwwAuthenticate.ToString());

        using var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/digests/send") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", "guess") } };
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Http.SendAsync(wrong)).StatusCode);

        foreach (var week in new[] { "2026-48", "2027-W53", "2026-W00", "next" })
        {
            using var bad = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/admin/digests/send?week={week}") { Headers = { Authorization = new AuthenticationHeaderValue("Bearer", SubscriberApp.AdminKey) } };
            using var refused = await app.Http.SendAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("YYYY-Www", await refused.Content.ReadAsStringAsync());
        }
        Assert.Equal(new DigestRunResult("2026-W53", 0, 0), await app.SendDigestAsync("2026-W53"));
    }

    [Fact]
    public async Task Without_an_admin_key_the_route_does_not_exist()
    {
        await using var app = new AllInOneApp();
        using var response = await app.CreateClient().PostAsync("/api/v1/admin/digests/send", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
