using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
using Ingest.Api.Subscribers.Suppression;
using Ingest.Api.Subscribers.Tokens;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Resume.Scoring;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// Sends one week's digest to every confirmed subscriber who has not had it: the code both the weekly Hangfire job and
/// <c>POST /api/v1/admin/digests/send</c> run. First every confirmed subscriber gets a <see cref="DigestDelivery"/>
/// row for the week (the key makes a second row impossible); then the unsent rows are claimed a chunk at a time with a
/// lease, mailed at <see cref="DigestOptions.MessagesPerSecond"/> and marked sent. Running a week twice therefore mails
/// nobody twice, two runs at once share the work, and a run that died midway is finished by the next one — only a mail
/// that went out just before a crash can go out again. Only one chunk is in memory at a time, whatever the list's size.
/// Each issue follows the subscriber's tip history and, when they scanned a resume lately, says how it did.
/// </summary>
public sealed partial class DigestRun(
    IngestDbContext db, IMailSender mail, SubscriberTokens tokens, SubscriberLinks links, ScanNotes scanNotes, AddressSuppression suppression,
    IOptions<SmtpOptions> smtp, IOptions<DigestOptions> options, MailMetrics metrics, TimeProvider time, ILogger<DigestRun> logger)
{
    /// <summary>Failed sends after which a subscriber's mail for the week is given up.</summary>
    public const int MaxAttempts = 5;

    private const int ChunkSize = 100;

    /// <summary>Failures in a row after which the run stops: the mail server is down, and the next run resumes.</summary>
    private const int MaxFailuresInARow = 5;

    public async Task<DigestRunResult> SendAsync(IssueWeek week, CancellationToken cancellationToken)
    {
        var key = week.ToString();
        var settings = options.Value;
        await EnrolAsync(key, cancellationToken);

        // This run's id: rows it claimed carry it, and so do rows it failed to send, which it then passes by.
        var owner = Guid.NewGuid();
        var pacer = new SendPacer(settings.MessagesPerSecond, time);
        // A claim outlasts the chunk's sending at the configured pace, with room to spare.
        var lease = TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(2.0 * ChunkSize / settings.MessagesPerSecond);
        int sent = 0, failed = 0, suppressed = 0, failuresInARow = 0;
        while (failuresInARow < MaxFailuresInARow)
        {
            var chunk = await ClaimChunkAsync(key, owner, lease, cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }
            var ids = chunk.Select(s => s.Id).ToList();
            var history = (await db.SubscriberTips.AsNoTracking().Where(t => ids.Contains(t.SubscriberId)).ToListAsync(cancellationToken))
                .ToLookup(t => t.SubscriberId, t => t.TipKey);
            var notes = await scanNotes.ForAsync(chunk.Select(s => s.Email).ToList(), time.GetUtcNow(), cancellationToken);
            foreach (var subscriber in chunk)
            {
                if (failuresInARow >= MaxFailuresInARow)
                {
                    // Left claimed: the lease runs out and the next run takes them.
                    break;
                }
                var guide = RoleGuideCatalog.BuiltIn.Get(RoleGuideCatalog.BuiltIn.Contains(subscriber.Role) ? subscriber.Role : RoleGuideCatalog.DefaultRole);
                var tips = TipChoice.Pick(guide.NewsletterTips, week, settings.TipsPerIssue, history[subscriber.Id].ToHashSet(StringComparer.Ordinal));
                var issue = DigestIssue.For(guide, week, tips.Tips, notes.GetValueOrDefault(subscriber.Email));
                await pacer.WaitAsync(cancellationToken);
                try
                {
                    var token = await tokens.IssueAsync(TokenPurpose.Unsubscribe, subscriber.Id, time.GetUtcNow(), cancellationToken);
                    await mail.SendAsync(DigestMail.Build(smtp.Value.Sender, subscriber.Email, subscriber.Id, issue, links.Unsubscribe(token), links.Home), cancellationToken);
                }
                catch (RecipientRejectedException rejected)
                {
                    await suppression.SuppressAsync(subscriber.Id, rejected, MailMetrics.Digest, cancellationToken);
                    await ReleaseAsync(subscriber.Id, key, owner, rejected, cancellationToken);
                    suppressed++;
                    // The server answered: it is up, and this address alone is the trouble.
                    failuresInARow = 0;
                    continue;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await ReleaseAsync(subscriber.Id, key, owner, e, cancellationToken);
                    metrics.Failed(MailMetrics.Digest);
                    LogSendFailed(logger, e, subscriber.Id, key);
                    failed++;
                    failuresInARow++;
                    continue;
                }
                await MarkSentAsync(subscriber.Id, key, owner, tips, cancellationToken);
                metrics.Sent(MailMetrics.Digest);
                sent++;
                failuresInARow = 0;
            }
            db.ChangeTracker.Clear();
        }
        LogRun(logger, key, sent, failed, suppressed);
        return new DigestRunResult(key, sent, failed, suppressed);
    }

    /// <summary>A delivery row for every confirmed subscriber without one this week, a chunk at a time.</summary>
    private async Task EnrolAsync(string week, CancellationToken cancellationToken)
    {
        var conflicts = 0;
        while (true)
        {
            var missing = await db.Subscribers.AsNoTracking()
                .Where(s => s.Status == SubscriberStatus.Confirmed && !db.DigestDeliveries.Any(d => d.SubscriberId == s.Id && d.Week == week))
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .Take(ChunkSize)
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                return;
            }
            var now = time.GetUtcNow();
            db.DigestDeliveries.AddRange(missing.Select(id => new DigestDelivery { SubscriberId = id, Week = week, CreatedAt = now }));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (++conflicts <= 10)
            {
                // Another run enrolled some of them first, or one was erased meanwhile: look again.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>
    /// Claims the next chunk of unsent rows (unclaimed or with a claim run out, not failed by this run, subscriber still
    /// confirmed) in one UPDATE, and returns the subscribers this run now holds.
    /// </summary>
    private async Task<List<Due>> ClaimChunkAsync(string week, Guid owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await (
                from delivery in db.DigestDeliveries.AsNoTracking()
                join subscriber in db.Subscribers.AsNoTracking() on delivery.SubscriberId equals subscriber.Id
                where delivery.Week == week && delivery.SentAt == null && delivery.Attempts < MaxAttempts
                      && (delivery.LeaseUntil == null || delivery.LeaseUntil < now)
                      && (delivery.LeaseOwner == null || delivery.LeaseOwner != owner)
                      && subscriber.Status == SubscriberStatus.Confirmed
                orderby delivery.SubscriberId
                select delivery.SubscriberId)
            .Take(ChunkSize)
            .ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }
        var until = now + lease;
        await db.DigestDeliveries
            .Where(d => d.Week == week && candidates.Contains(d.SubscriberId) && d.SentAt == null && (d.LeaseUntil == null || d.LeaseUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntil, until), cancellationToken);
        return await (
                from delivery in db.DigestDeliveries.AsNoTracking()
                join subscriber in db.Subscribers.AsNoTracking() on delivery.SubscriberId equals subscriber.Id
                where delivery.Week == week && candidates.Contains(delivery.SubscriberId) && delivery.LeaseOwner == owner && delivery.LeaseUntil != null
                      && delivery.SentAt == null && subscriber.Status == SubscriberStatus.Confirmed
                orderby subscriber.Id
                select new Due(subscriber.Id, subscriber.Email, subscriber.Role))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The delivery marked sent and the issue's tips added to the subscriber's history, together.</summary>
    private async Task MarkSentAsync(Guid subscriberId, string week, Guid owner, TipPick tips, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var history = db.SubscriberTips.Where(t => t.SubscriberId == subscriberId);
        if (tips.NewRound)
        {
            await history.ExecuteDeleteAsync(cancellationToken);
        }
        var remember = tips.Remember.Select(TipChoice.KeyOf).Distinct().ToList();
        var known = await history.Where(t => remember.Contains(t.TipKey)).Select(t => t.TipKey).ToListAsync(cancellationToken);
        db.SubscriberTips.AddRange(remember.Except(known).Select(k => new SubscriberTip { SubscriberId = subscriberId, TipKey = k, SentAt = now }));
        await db.SaveChangesAsync(cancellationToken);
        await db.DigestDeliveries.Where(d => d.SubscriberId == subscriberId && d.Week == week && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, now).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>Lets the row go for the next run; this run's id stays on it, so this run passes it by.</summary>
    private async Task ReleaseAsync(Guid subscriberId, string week, Guid owner, Exception error, CancellationToken cancellationToken)
    {
        var message = error.Message.Length > DigestDelivery.LastErrorLength ? error.Message[..DigestDelivery.LastErrorLength] : error.Message;
        await db.DigestDeliveries.Where(d => d.SubscriberId == subscriberId && d.Week == week && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LastError, message)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    private sealed record Due(Guid Id, string Email, string Role);

    [LoggerMessage(LogLevel.Warning, "The {Week} digest to subscriber {SubscriberId} could not be sent; the next run tries again")]
    private static partial void LogSendFailed(ILogger logger, Exception error, Guid subscriberId, string week);

    [LoggerMessage(LogLevel.Information, "The {Week} digest run sent {Sent} mails; {Failed} failed, {Suppressed} addresses suppressed")]
    private static partial void LogRun(ILogger logger, string week, int sent, int failed, int suppressed);
}
