namespace Ingest.Api.Batches.Release;

/// <summary>
/// Wakes the release loop at once: a batch was accepted, or one of its scans ended and freed a place. Other instances'
/// changes are found by the loop's poll.
/// </summary>
public sealed class ReleaseSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers everything before it.
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
