using System.Globalization;

namespace Batch.Bench;

/// <summary>
/// Samples the resident memory of each service (with its child processes, if any: a worker may parse in children)
/// once a second from /proc, and keeps each one's peak.
/// </summary>
public sealed class MemoryWatch : IAsyncDisposable
{
    private readonly IReadOnlyDictionary<string, int> _pids;
    private readonly Dictionary<string, long> _peaks = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public MemoryWatch(IReadOnlyDictionary<string, int> pids)
    {
        _pids = pids;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Peak resident bytes seen per service.</summary>
    public IReadOnlyDictionary<string, long> Peaks
    {
        get
        {
            lock (_peaks)
            {
                return new Dictionary<string, long>(_peaks);
            }
        }
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            foreach (var (name, pid) in _pids)
            {
                var bytes = TreeRss(pid);
                lock (_peaks)
                {
                    _peaks[name] = Math.Max(_peaks.GetValueOrDefault(name), bytes);
                }
            }
            try
            {
                await Task.Delay(1000, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static long TreeRss(int pid)
    {
        var total = Rss(pid);
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var child) && ParentOf(child) == pid)
            {
                total += Rss(child);
            }
        }
        return total;
    }

    private static long Rss(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1], CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or UnauthorizedAccessException)
        {
            return -1;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
