using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Hosting;

/// <summary>The <c>Ingest</c> settings: upload limits, the anonymous rate limit, the stuck-scan sweep and retention.</summary>
public sealed class IngestOptions
{
    public const string Section = "Ingest";

    /// <summary>Largest resume accepted (10 MiB, as the parser's own limit).</summary>
    [Range(1, 100L * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    [Range(1, 1_000_000)]
    public int MaxJobDescriptionChars { get; set; } = 20_000;

    /// <summary>Anonymous uploads one client address may make per <see cref="AnonymousUploadWindow"/>.</summary>
    [Range(1, 1_000_000)]
    public int AnonymousUploadsPerWindow { get; set; } = 30;

    public TimeSpan AnonymousUploadWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A scan whose status has not moved for this long is announced again.</summary>
    public TimeSpan StuckAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Announcements (the first included) before a stuck scan is failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>When the stuck-scan sweep runs (cron; every minute by default).</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>How long a scan's resume and results are kept before the retention purge erases them.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>When the retention purge runs (cron; daily at 03:00 UTC by default).</summary>
    [Required]
    public string RetentionCron { get; set; } = "0 3 * * *";
}
