using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Callbacks;

/// <summary>The <c>Callbacks</c> settings: where callbacks may go, how long one attempt may take, and the retry schedule.</summary>
public sealed class CallbackOptions : IValidatableObject
{
    public const string Section = "Callbacks";

    /// <summary>
    /// The waits after the 1st, 2nd, … failed attempt: about 31 hours in all, so a receiver down for a day still gets
    /// its events. After the last one fails, the delivery is given up.
    /// </summary>
    public static readonly TimeSpan[] DefaultRetryDelays =
    [
        TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30),
        TimeSpan.FromHours(1), TimeSpan.FromHours(2), TimeSpan.FromHours(4), TimeSpan.FromHours(8), TimeSpan.FromHours(8), TimeSpan.FromHours(8),
    ];

    /// <summary>Lets callbacks reach loopback and private networks: for local testing only.</summary>
    public bool AllowPrivateNetworks { get; set; }

    /// <summary>Unset, the retry schedule is <see cref="DefaultRetryDelays"/> (configured arrays would add to a default, not replace it).</summary>
    public TimeSpan[]? RetryDelays { get; set; }

    public IReadOnlyList<TimeSpan> Delays => RetryDelays is { Length: > 0 } delays ? delays : DefaultRetryDelays;

    /// <summary>Connecting, sending and the receiver's answer together, per attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>When the sweep runs (cron; every minute): it records events a crash left unrecorded and restarts deliveries whose job was lost.</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";

    /// <summary>How overdue a delivery must be before the sweep takes it over from its scheduled job.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan SweepGrace { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The longest wait a receiver's <c>Retry-After</c> (on a 429 or 503) is honoured for: a receiver asking for more
    /// is tried again after this, so a mistaken header cannot park a delivery for weeks.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan RetryAfterLimit { get; set; } = TimeSpan.FromHours(8);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (RetryDelays?.Any(d => d <= TimeSpan.Zero) == true)
        {
            yield return new ValidationResult("Callbacks:RetryDelays must all be positive time spans (e.g. 00:00:05).");
        }
    }
}
