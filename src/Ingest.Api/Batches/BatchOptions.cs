using System.ComponentModel.DataAnnotations;

namespace Ingest.Api.Batches;

/// <summary>
/// The <c>Batches</c> settings: what one bulk upload may hold (the zip-bomb limits among them), and how fast its scans are
/// let into the pipeline.
/// </summary>
public sealed class BatchOptions : IValidatableObject
{
    public const string Section = "Batches";

    /// <summary>The request as sent: the ZIP, or all the files of one request together (512 MiB).</summary>
    [Range(1, 64L * 1024 * 1024 * 1024)]
    public long MaxUploadBytes { get; set; } = 512L * 1024 * 1024;

    /// <summary>Entries an archive may list, folders and litter included (checked before any is read).</summary>
    [Range(1, 1_000_000)]
    public int MaxEntries { get; set; } = 10_000;

    /// <summary>Largest resume in a batch, inflated (10 MiB, as a single upload).</summary>
    [Range(1, 1024L * 1024 * 1024)]
    public long MaxEntryBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>All entries together once inflated (2 GiB); an entry that would pass it is refused.</summary>
    [Range(1, 1024L * 1024 * 1024 * 1024)]
    public long MaxTotalBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    /// <summary>
    /// Inflated bytes per compressed byte an entry may reach once it is past <see cref="RatioFloorBytes"/>: documents
    /// compress a few times at most; a bomb, thousands of times.
    /// </summary>
    [Range(2, 1_000_000)]
    public double MaxCompressionRatio { get; set; } = 100;

    /// <summary>Below this many inflated bytes the ratio is not judged (a short text of blank lines compresses very well).</summary>
    [Range(0, 1024L * 1024 * 1024)]
    public long RatioFloorBytes { get; set; } = 256 * 1024;

    /// <summary>Scans of one tenant's batches in the pipeline at once; the rest wait in the database for their turn.</summary>
    [Range(1, 10_000)]
    public int InFlightPerTenant { get; set; } = 12;

    /// <summary>Scans of all batches in the pipeline at once, shared round-robin between tenants.</summary>
    [Range(1, 100_000)]
    public int InFlight { get; set; } = 24;

    /// <summary>How often the release loop looks for room when nothing woke it (another instance ended a scan).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ReleaseInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the events stream reads a running batch's progress.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>When the batch sweep runs (cron; every minute): notices a crash left unsent, erasures left unfinished.</summary>
    [Required]
    public string SweepCron { get; set; } = "* * * * *";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (InFlightPerTenant > InFlight)
        {
            yield return new ValidationResult($"Batches:InFlightPerTenant ({InFlightPerTenant}) is larger than Batches:InFlight ({InFlight}), which bounds all tenants together.");
        }
        if (MaxEntryBytes > MaxTotalBytes)
        {
            yield return new ValidationResult($"Batches:MaxEntryBytes ({MaxEntryBytes}) is larger than Batches:MaxTotalBytes ({MaxTotalBytes}).");
        }
    }
}
