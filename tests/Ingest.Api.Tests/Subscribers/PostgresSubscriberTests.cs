using System.Net;
using Ingest.Api.Subscribers.Digest;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>
/// Two API instances on one PostgreSQL database, as the distributed mode runs them: a link mailed by one works on the
/// other (one signing key in the database), and both running the week's digest at once mail everyone exactly once.
/// </summary>
public sealed class PostgresSubscriberTests
{
    [Fact]
    public async Task Two_instances_on_one_database_share_the_links_and_the_weeks_deliveries()
    {
        var settings = DistributedSettings.Load();
        var name = $"pipeline_subscribers_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(settings["ConnectionStrings__Pipeline"], name);
        try
        {
            var shared = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Pipeline"] = connectionString,
            };
            // One mail server: either instance's Hangfire server may run a confirmation job.
            await using var mail = new MailCatcher();
            await using var first = new SubscriberApp(shared, mail: mail);
            await using var second = new SubscriberApp(shared, mail: mail);
            var addresses = Enumerable.Range(0, 10).Select(i => $"pg{i}@example.test").ToList();
            foreach (var address in addresses)
            {
                using var subscribed = await first.SubscribeAsync(address);
                Assert.Equal(HttpStatusCode.Accepted, subscribed.StatusCode);
            }
            foreach (var address in addresses)
            {
                // Signed by whichever instance sent it, followed on the second.
                using var confirmed = await second.ConfirmAsync(await first.ConfirmationLinkAsync(address));
                Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
            }
            Assert.True(IssueWeek.TryParse("2026-W48", out var week));

            var runs = await Task.WhenAll(new[] { first, second }.Select(async app =>
            {
                await using var scope = app.App.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<DigestRun>().SendAsync(week, CancellationToken.None);
            }));

            Assert.Equal(addresses.Count, runs.Sum(r => r.Sent));
            Assert.All(runs, r => Assert.Equal(0, r.Failed));
            var digests = mail.All.Where(m => m.Message.Headers.Contains("List-Unsubscribe")).ToList();
            Assert.Equal(addresses.Order(), digests.SelectMany(d => d.Recipients).Order());

            // Unsubscribing on one instance stops the other's next run at once.
            var link = SubscriberApp.LinkIn(digests[0].Message, "unsubscribe");
            using (var unsubscribed = await first.FollowAsync(link, HttpMethod.Post, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")])))
            {
                Assert.Equal(HttpStatusCode.OK, unsubscribed.StatusCode);
            }
            Assert.Equal(addresses.Count - 1, (await second.SendDigestAsync("2026-W49")).Sent);
        }
        finally
        {
            await PostgresDatabases.DropAsync(settings["ConnectionStrings__Pipeline"], name);
        }
    }
}
