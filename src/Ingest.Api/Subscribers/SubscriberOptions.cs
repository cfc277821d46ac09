using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Subscribers;

/// <summary>The <c>Subscribers</c> settings: confirmation limits, the request rate limit, retention.</summary>
public sealed class SubscriberOptions
{
    public const string Section = "Subscribers";

    /// <summary>How long a confirmation link works.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan ConfirmationLifetime { get; set; } = TimeSpan.FromHours(48);

    /// <summary>Confirmation mails one address gets per request before it is confirmed (asking again re-sends, up to this).</summary>
    [Range(1, 10)]
    public int MaxConfirmationMails { get; set; } = 3;

    /// <summary>The least time between two confirmation mails to one address.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan ConfirmationResendAfter { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Subscription requests one client address may make per <see cref="RequestWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerWindow { get; set; } = 10;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>An address never confirmed is erased this long after it was entered.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan PendingRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>An address that unsubscribed is erased this long after.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "365.00:00:00")]
    public TimeSpan UnsubscribedRetention { get; set; } = TimeSpan.FromDays(30);
}
