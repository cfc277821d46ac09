namespace Ingest.Data.Batches;

/// <summary>Where a batch is; it only moves forward.</summary>
public enum BatchStatus
{
    /// <summary>Its scans wait for their turn in the pipeline.</summary>
    Accepted = 0,

    /// <summary>Some scans were released and not all have ended.</summary>
    Running = 1,

    /// <summary>Every scan ended, completed or failed.</summary>
    Completed = 2,
}
