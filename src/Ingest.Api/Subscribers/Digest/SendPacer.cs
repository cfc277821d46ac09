namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// Spaces sends evenly at a given rate: each waits until one interval after the one before (the first goes at once).
/// A run that falls behind (a slow server) does not burst to catch up; it simply goes on at the rate from there.
/// </summary>
public sealed class SendPacer(int perSecond, TimeProvider time)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / perSecond);
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_next > now)
        {
            await Task.Delay(_next - now, time, cancellationToken);
            now = _next;
        }
        _next = now + _interval;
    }
}
