using System.Collections.Concurrent;
using Ingest.Api.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// Two API instances on one PostgreSQL database, each with its own outbox dispatcher: every outbox row is published
/// exactly once, whichever instance claims it.
/// </summary>
public sealed class OutboxDispatchTests
{
    private const int Messages = 300;
    private const int WaveSize = 10;

    [Fact]
    public async Task Two_instances_sharing_a_database_publish_every_outbox_row_exactly_once()
    {
        var settings = DistributedSettings.Load();
        var name = $"pipeline_outbox_{Guid.NewGuid().ToString("N")[..10]}";
        var connectionString = await PostgresDatabases.CreateAsync(settings["ConnectionStrings__Pipeline"], name);
        try
        {
            var shared = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Pipeline"] = connectionString,
                ["Outbox:PollInterval"] = "00:00:00.200",
                ["Outbox:BatchSize"] = "20",
            };
            await using var first = new AllInOneApp(shared);
            await using var second = new AllInOneApp(shared);
            var published = new ConcurrentDictionary<Guid, int>();
            var byFirst = new CountById(published);
            var bySecond = new CountById(published);
            first.Bus.ConnectConsumeObserver(byFirst);
            second.Bus.ConnectConsumeObserver(bySecond);

            // In waves, a little apart: one instance polling first cannot drain everything before the other looks.
            var ids = new List<Guid>();
            for (var wave = 0; wave < Messages / WaveSize; wave++)
            {
                ids.AddRange(await first.WithDbAsync(async db =>
                {
                    var now = DateTimeOffset.UtcNow;
                    var rows = Enumerable.Range(0, WaveSize)
                        .Select(i => OutboxEnvelope.Create(new ScanFailed(Guid.NewGuid(), "parse", "internal", $"message {wave}.{i}"), null, now))
                        .ToList();
                    db.Outbox.AddRange(rows);
                    await db.SaveChangesAsync();
                    return rows.Select(r => r.Id).ToList();
                }));
                await Task.Delay(50);
            }

            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (await first.WithDbAsync(db => db.Outbox.CountAsync(m => m.SentAt == null)) > 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "the outbox was not drained");
                await Task.Delay(100);
            }
            // Sent means the bus took it; the consumers may still be working through the last batch.
            while (!ids.All(published.ContainsKey) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
            // Time for a duplicate, if there were one, to arrive too.
            await Task.Delay(500);

            Assert.Equal(ids.Order(), published.Keys.Where(ids.Contains).Order());
            Assert.All(ids, id => Assert.Equal(1, published[id]));
            // Both instances took part, so their claims really competed.
            Assert.True(byFirst.Count > 0 && bySecond.Count > 0, $"first published {byFirst.Count}, second {bySecond.Count}");
        }
        finally
        {
            await PostgresDatabases.DropAsync(settings["ConnectionStrings__Pipeline"], name);
        }
    }

    [Fact]
    public async Task A_row_leased_by_an_instance_that_died_before_publishing_goes_out_once_its_lease_ends_and_not_before()
    {
        await using var app = new AllInOneApp(new Dictionary<string, string?> { ["Outbox:PollInterval"] = "00:00:00.100" });
        var published = new ConcurrentDictionary<Guid, int>();
        app.Bus.ConnectConsumeObserver(new CountById(published));

        // What an instance leaves behind when it dies between its commit and its publish: rows leased to it.
        var (expiring, held) = await app.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var deadInstance = Guid.NewGuid();
            var soon = OutboxEnvelope.Create(new ScanFailed(Guid.NewGuid(), "parse", "internal", "lease ends soon"), null, now);
            var later = OutboxEnvelope.Create(new ScanFailed(Guid.NewGuid(), "parse", "internal", "lease ends in an hour"), null, now);
            (soon.LeaseOwner, soon.LeaseUntil) = (deadInstance, now.AddSeconds(1));
            (later.LeaseOwner, later.LeaseUntil) = (deadInstance, now.AddHours(1));
            db.Outbox.AddRange(soon, later);
            await db.SaveChangesAsync();
            return (soon.Id, later.Id);
        });

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!published.ContainsKey(expiring))
        {
            Assert.True(DateTime.UtcNow < deadline, "the row whose lease ended was never published");
            await Task.Delay(50);
        }
        // The poll that took the first row looked at the second too, and left it to its (living, as far as it knows) owner.
        Assert.False(published.ContainsKey(held));
        Assert.Null(await app.WithDbAsync(db => db.Outbox.Where(m => m.Id == held).Select(m => m.SentAt).SingleAsync()));
    }

    /// <summary>Counts consumptions on scan-status per message id (the dispatcher uses the outbox row's id).</summary>
    private sealed class CountById(ConcurrentDictionary<Guid, int> counts) : IConsumeObserver
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

        public Task PostConsume<T>(ConsumeContext<T> context) where T : class
        {
            if (context.Message is ScanFailed && context.MessageId is { } id)
            {
                counts.AddOrUpdate(id, 1, (_, n) => n + 1);
                Interlocked.Increment(ref _count);
            }
            return Task.CompletedTask;
        }

        public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => PostConsume(context);
    }
}
