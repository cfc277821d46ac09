using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers;

/// <summary>
/// A Hangfire recurring job beside the scan retention purge (same schedule, <c>Ingest:RetentionCron</c>): deletes
/// addresses never confirmed within <see cref="SubscriberOptions.PendingRetention"/> and addresses that unsubscribed
/// longer than <see cref="SubscriberOptions.UnsubscribedRetention"/> ago, with their delivery records; and delivery
/// records older than a quarter, which no run needs any more.
/// </summary>
public sealed partial class SubscriberPurge(IngestDbContext db, TimeProvider time, IOptions<SubscriberOptions> options, ILogger<SubscriberPurge> logger)
{
    private static readonly TimeSpan DeliveryHistory = TimeSpan.FromDays(91);

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var pendingBefore = now - settings.PendingRetention;
        var unsubscribedBefore = now - settings.UnsubscribedRetention;
        var due = db.Subscribers.Where(s =>
            (s.Status == SubscriberStatus.Pending && s.RequestedAt < pendingBefore)
            || (s.Status == SubscriberStatus.Unsubscribed && s.UnsubscribedAt < unsubscribedBefore));

        // Children first: not every database enforces the cascade on its own (SQLite needs foreign keys switched on).
        await db.DigestDeliveries.Where(d => due.Any(s => s.Id == d.SubscriberId)).ExecuteDeleteAsync(cancellationToken);
        await db.SubscriberTips.Where(t => due.Any(s => s.Id == t.SubscriberId)).ExecuteDeleteAsync(cancellationToken);
        var erased = await due.ExecuteDeleteAsync(cancellationToken);
        var historyBefore = now - DeliveryHistory;
        await db.DigestDeliveries.Where(d => d.CreatedAt < historyBefore).ExecuteDeleteAsync(cancellationToken);
        if (erased > 0)
        {
            LogErased(logger, erased);
        }
        return erased;
    }

    [LoggerMessage(LogLevel.Information, "Erased {Count} subscribers who never confirmed or who unsubscribed")]
    private static partial void LogErased(ILogger logger, int count);
}
