using Hangfire;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Resume.Scoring;

namespace Ingest.Api.Subscribers.Subscribe;

/// <summary>
/// <c>POST /api/v1/subscribers</c>: double opt-in. A new or returning address becomes pending and gets a confirmation
/// mail (sent by a Hangfire job, so a slow or absent mail server neither delays nor fails the answer, and is retried);
/// asking again re-sends, a bounded number of times; a confirmed address gets nothing. The answer is the same in every
/// case, so it cannot be used to find out who is subscribed.
/// </summary>
public static partial class SubscribeToDigest
{
    public const string AcceptedMessage =
        "Thanks. If this address can receive mail, a confirmation link is on its way; the tips start once it is followed.";

    public static async Task<IResult> HandleAsync(
        SubscribeRequest request,
        IngestDbContext db,
        IBackgroundJobClient jobs,
        TimeProvider time,
        IOptions<SubscriberOptions> options,
        ILogger<SubscribeRequest> logger,
        CancellationToken cancellationToken)
    {
        var email = EmailAddress.Normalize(request.Email, out var emailError);
        var role = string.IsNullOrWhiteSpace(request.Role) ? RoleGuideCatalog.DefaultRole : request.Role.Trim();
        var errors = new Dictionary<string, string[]>();
        if (emailError is not null)
        {
            errors["email"] = [emailError];
        }
        if (!RoleGuideCatalog.BuiltIn.Contains(role))
        {
            errors["role"] = [$"Unknown role '{role}'. Known roles: {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles.Order(StringComparer.Ordinal))}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        if (await PendingAsync(db, email!, role, now, cancellationToken) is { } pending
            && await TakeMailAllowanceAsync(db, pending, options.Value, now, cancellationToken))
        {
            jobs.Enqueue<ConfirmationMailJob>(job => job.SendAsync(pending, CancellationToken.None));
            LogConfirmationQueued(logger, pending);
        }
        return TypedResults.Accepted((string?)null, new SubscribeAccepted(AcceptedMessage));
    }

    /// <summary>The subscriber waiting for confirmation after this request, or null when the address is confirmed already.</summary>
    private static async Task<Guid?> PendingAsync(IngestDbContext db, string email, string role, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var existing = await db.Subscribers.AsNoTracking().FirstOrDefaultAsync(s => s.Email == email, cancellationToken);
        if (existing is null)
        {
            var subscriber = new Subscriber { Id = Guid.NewGuid(), Email = email, Role = role, Status = SubscriberStatus.Pending, RequestedAt = now };
            db.Subscribers.Add(subscriber);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return subscriber.Id;
            }
            catch (DbUpdateException)
            {
                // The same address came in twice at once; the other request's row stands.
                db.ChangeTracker.Clear();
                existing = await db.Subscribers.AsNoTracking().FirstAsync(s => s.Email == email, cancellationToken);
            }
        }

        switch (existing.Status)
        {
            case SubscriberStatus.Confirmed:
            case SubscriberStatus.Suppressed:
                // A suppressed address is never mailed again, and the answer does not say so.
                return null;
            case SubscriberStatus.Unsubscribed:
                // Coming back is a new request: old confirmation links stay dead, and the mail allowance starts again.
                await db.Subscribers.Where(s => s.Id == existing.Id && s.Status == SubscriberStatus.Unsubscribed)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(x => x.Status, SubscriberStatus.Pending)
                        .SetProperty(x => x.Role, role)
                        .SetProperty(x => x.RequestedAt, now)
                        .SetProperty(x => x.ConfirmationMails, 0)
                        .SetProperty(x => x.LastConfirmationMailAt, (DateTimeOffset?)null)
                        .SetProperty(x => x.UnsubscribedAt, (DateTimeOffset?)null), cancellationToken);
                return existing.Id;
            default:
                if (existing.Role != role)
                {
                    await db.Subscribers.Where(s => s.Id == existing.Id && s.Status == SubscriberStatus.Pending)
                        .ExecuteUpdateAsync(s => s.SetProperty(x => x.Role, role), cancellationToken);
                }
                return existing.Id;
        }
    }

    /// <summary>Counts one more confirmation mail if the address may have one now (one UPDATE, so concurrent requests cannot both pass).</summary>
    private static async Task<bool> TakeMailAllowanceAsync(IngestDbContext db, Guid id, SubscriberOptions settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var resendFrom = now - settings.ConfirmationResendAfter;
        var taken = await db.Subscribers
            .Where(s => s.Id == id && s.Status == SubscriberStatus.Pending && s.ConfirmationMails < settings.MaxConfirmationMails
                        && (s.LastConfirmationMailAt == null || s.LastConfirmationMailAt <= resendFrom))
            .ExecuteUpdateAsync(s => s
                .SetProperty(x => x.ConfirmationMails, x => x.ConfirmationMails + 1)
                .SetProperty(x => x.LastConfirmationMailAt, now), cancellationToken);
        return taken == 1;
    }

    [LoggerMessage(LogLevel.Information, "Confirmation mail queued for subscriber {SubscriberId}")]
    private static partial void LogConfirmationQueued(ILogger logger, Guid subscriberId);
}
