using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
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
/// row for the week (the key makes a second row impossible); then each unsent row is claimed with a lease, mailed and
/// marked sent. Running a week twice therefore mails nobody twice, two runs at once share the work, and a run that
/// died midway is finished by the next one — only a mail that went out just before a crash can go out again.
/// </summary>
public sealed partial class DigestRun(
    IngestDbContext db, IMailSender mail, SubscriberTokens tokens, SubscriberLinks links, IOptions<SmtpOptions> smtp,
    IOptions<DigestOptions> options, MailMetrics metrics, TimeProvider time, ILogger<DigestRun> logger)
{
    /// <summary>Failed sends after which a subscriber's mail for the week is given up.</summary>
    public const int MaxAttempts = 5;

    private const int BatchSize = 100;

    /// <summary>Failures in a row after which the run stops: the mail server is down, and the next run resumes.</summary>
    private const int MaxFailuresInARow = 5;

    /// <summary>How long a claimed row is this run's alone; longer than any one send takes.</summary>
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    public async Task<DigestRunResult> SendAsync(IssueWeek week, CancellationToken cancellationToken)
    {
        var key = week.ToString();
        await EnrolAsync(key, cancellationToken);

        var owner = Guid.NewGuid();
        var issues = new Dictionary<string, DigestIssue>(StringComparer.Ordinal);
        var failed = new List<Guid>();
        int sent = 0, failuresInARow = 0;
        while (failuresInARow < MaxFailuresInARow)
        {
            var now = time.GetUtcNow();
            var due = await (
                    from delivery in db.DigestDeliveries.AsNoTracking()
                    join subscriber in db.Subscribers.AsNoTracking() on delivery.SubscriberId equals subscriber.Id
                    where delivery.Week == key && delivery.SentAt == null && delivery.Attempts < MaxAttempts
                          && (delivery.LeaseUntil == null || delivery.LeaseUntil < now)
                          && subscriber.Status == SubscriberStatus.Confirmed
                          && !failed.Contains(subscriber.Id)
                    orderby subscriber.Id
                    select new { subscriber.Id, subscriber.Email, subscriber.Role })
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (due.Count == 0)
            {
                break;
            }
            foreach (var subscriber in due)
            {
                if (!await ClaimAsync(subscriber.Id, key, owner, cancellationToken))
                {
                    continue;
                }
                var role = RoleGuideCatalog.BuiltIn.Contains(subscriber.Role) ? subscriber.Role : RoleGuideCatalog.DefaultRole;
                if (!issues.TryGetValue(role, out var issue))
                {
                    issue = issues[role] = DigestIssue.For(role, week, options.Value.TipsPerIssue);
                }
                try
                {
                    var token = await tokens.IssueAsync(TokenPurpose.Unsubscribe, subscriber.Id, time.GetUtcNow(), cancellationToken);
                    var message = DigestMail.Build(smtp.Value.Sender, subscriber.Email, subscriber.Id, issue, links.Unsubscribe(token), links.Host);
                    await mail.SendAsync(message, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    await ReleaseAsync(subscriber.Id, key, owner, e, cancellationToken);
                    metrics.Failed(MailMetrics.Digest);
                    LogSendFailed(logger, e, subscriber.Id, key);
                    failed.Add(subscriber.Id);
                    if (++failuresInARow >= MaxFailuresInARow)
                    {
                        break;
                    }
                    continue;
                }
                await db.DigestDeliveries.Where(d => d.SubscriberId == subscriber.Id && d.Week == key && d.LeaseOwner == owner)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.SentAt, time.GetUtcNow()).SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
                metrics.Sent(MailMetrics.Digest);
                sent++;
                failuresInARow = 0;
            }
        }
        LogRun(logger, key, sent, failed.Count);
        return new DigestRunResult(key, sent, failed.Count);
    }

    /// <summary>A delivery row for every confirmed subscriber without one this week, a batch at a time.</summary>
    private async Task EnrolAsync(string week, CancellationToken cancellationToken)
    {
        var conflicts = 0;
        while (true)
        {
            var missing = await db.Subscribers.AsNoTracking()
                .Where(s => s.Status == SubscriberStatus.Confirmed && !db.DigestDeliveries.Any(d => d.SubscriberId == s.Id && d.Week == week))
                .OrderBy(s => s.Id)
                .Select(s => s.Id)
                .Take(BatchSize)
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

    /// <summary>Takes the row for this run if it is unsent, unclaimed (or its claim ran out) and its subscriber still confirmed.</summary>
    private async Task<bool> ClaimAsync(Guid subscriberId, string week, Guid owner, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return await db.DigestDeliveries
            .Where(d => d.SubscriberId == subscriberId && d.Week == week && d.SentAt == null && (d.LeaseUntil == null || d.LeaseUntil < now)
                        && db.Subscribers.Any(s => s.Id == subscriberId && s.Status == SubscriberStatus.Confirmed))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseOwner, owner).SetProperty(d => d.LeaseUntil, now + Lease), cancellationToken) == 1;
    }

    private async Task ReleaseAsync(Guid subscriberId, string week, Guid owner, Exception error, CancellationToken cancellationToken)
    {
        var message = error.Message.Length > DigestDelivery.LastErrorLength ? error.Message[..DigestDelivery.LastErrorLength] : error.Message;
        await db.DigestDeliveries.Where(d => d.SubscriberId == subscriberId && d.Week == week && d.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Attempts, d => d.Attempts + 1)
                .SetProperty(d => d.LastError, message)
                .SetProperty(d => d.LeaseOwner, (Guid?)null)
                .SetProperty(d => d.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
    }

    [LoggerMessage(LogLevel.Warning, "The {Week} digest to subscriber {SubscriberId} could not be sent; the next run tries again")]
    private static partial void LogSendFailed(ILogger logger, Exception error, Guid subscriberId, string week);

    [LoggerMessage(LogLevel.Information, "The {Week} digest run sent {Sent} mails; {Failed} failed")]
    private static partial void LogRun(ILogger logger, string week, int sent, int failed);
}
