namespace Pipeline.ServiceDefaults;

/// <summary>
/// A figure that is slow to read (a broker's queue, a database table) for observable instruments, whose callbacks run
/// on every scrape: read at most once per <c>maxAge</c>, by one reader at a time, off the scraping thread. A scrape
/// waits a moment for a fresh reading and otherwise gets the last one; a failed reading reports nothing rather than a
/// stale figure.
/// </summary>
public sealed class CachedReading<T>(Func<CancellationToken, Task<T>> read, TimeSpan maxAge, Action<Exception> onError) where T : class
{
    private static readonly TimeSpan ReadTimeout = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly TimeProvider _time = TimeProvider.System;
    private Task? _refresh;
    private T? _value;
    private long _readAt;

    /// <summary>The latest reading, starting a new one first when it is older than <c>maxAge</c>.</summary>
    public T? Get(TimeSpan wait)
    {
        Task? refresh;
        lock (_gate)
        {
            if (_refresh is null && (_value is null || _time.GetElapsedTime(_readAt) > maxAge))
            {
                // Never inline: the refresh clears _refresh when it ends, which must come after this assignment.
                _refresh = Task.Run(RefreshAsync);
            }
            refresh = _refresh;
        }
        if (refresh is not null)
        {
            // A reading slower than the wait lands for the next scrape; its failure was already reported.
            _ = refresh.Wait(wait);
        }
        lock (_gate)
        {
            return _value;
        }
    }

    private async Task RefreshAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(ReadTimeout);
            var value = await read(timeout.Token);
            lock (_gate)
            {
                _value = value;
                _readAt = _time.GetTimestamp();
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _value = null;
            }
            onError(e);
        }
        finally
        {
            lock (_gate)
            {
                _refresh = null;
            }
        }
    }
}
