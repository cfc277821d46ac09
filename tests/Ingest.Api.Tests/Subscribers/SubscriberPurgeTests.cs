using Ingest.Api.Subscribers;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Api.Tests.Subscribers;

/// <summary>Addresses are personal data: never confirmed or unsubscribed ones are erased after their retention period.</summary>
public sealed class SubscriberPurgeTests
{
    [Fact]
    public async Task Unconfirmed_and_unsubscribed_addresses_are_erased_after_their_retention_and_subscribers_are_kept()
    {
        await using var app = new SubscriberApp(new Dictionary<string, string?>
        {
            ["Subscribers:PendingRetention"] = "7.00:00:00",
            ["Subscribers:UnsubscribedRetention"] = "30.00:00:00",
        });
        await app.SubscribeAndConfirmAsync("stays@example.test");
        await app.SubscribeAndConfirmAsync("leaves@example.test");
        using (await app.SubscribeAsync("never@example.test"))
        {
        }
        Assert.Equal(2, (await app.SendDigestAsync("2026-W48")).Sent);
        var unsubscribe = SubscriberApp.LinkIn(app.Mail.To("leaves@example.test")[1], "unsubscribe");
        using (await app.FollowAsync(unsubscribe, HttpMethod.Post))
        {
        }

        app.Clock.Advance(TimeSpan.FromDays(8));
        using (await app.SubscribeAsync("recent@example.test"))
        {
        }
        Assert.Equal(1, await PurgeAsync(app));
        Assert.Equal(new[] { "leaves@example.test", "recent@example.test", "stays@example.test" }, await EmailsAsync(app));

        app.Clock.Advance(TimeSpan.FromDays(23));
        Assert.Equal(2, await PurgeAsync(app));
        Assert.Equal(new[] { "stays@example.test" }, await EmailsAsync(app));
        var deliveries = await app.App.WithDbAsync(db => db.DigestDeliveries.AsNoTracking().ToListAsync());
        var stays = await app.App.WithDbAsync(db => db.Subscribers.SingleAsync());
        Assert.All(deliveries, d => Assert.Equal(stays.Id, d.SubscriberId));
        Assert.Equal(SubscriberStatus.Confirmed, stays.Status);

        // The unsubscribe link of an erased address still answers plainly.
        using var late = await app.FollowAsync(unsubscribe, HttpMethod.Post);
        Assert.Equal(System.Net.HttpStatusCode.OK, late.StatusCode);
    }

    private static async Task<int> PurgeAsync(SubscriberApp app)
    {
        await using var scope = app.App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SubscriberPurge>().RunAsync(CancellationToken.None);
    }

    private static Task<List<string>> EmailsAsync(SubscriberApp app) =>
        app.App.WithDbAsync(db => db.Subscribers.OrderBy(s => s.Email).Select(s => s.Email).ToListAsync());
}
