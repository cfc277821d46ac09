namespace Pipeline.Contracts;

/// <summary>
/// The queues a scan travels on. A single upload takes the interactive lane; the scans of a batch take the batch lane,
/// whose stage queues and consumers are their own, so a person waiting for one resume never waits behind a batch.
/// Every stage passes a scan on in the lane it came in.
/// </summary>
public enum Lane
{
    Interactive = 0,
    Batch = 1,
}
