using System.Globalization;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>
/// The most resident memory each service and its child processes (the parse worker's parser processes) held while one
/// file went through: each process's high-water mark is reset before (<c>/proc/{pid}/clear_refs</c>, 5) and read after,
/// and children are sampled while the file is in flight, as a parser process that is recycled takes its mark with it.
/// </summary>
public sealed class PeakMemory : IAsyncDisposable
{
    private readonly IReadOnlyList<ServiceProcess> _services;
    private readonly Dictionary<string, long> _children = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampler;

    private PeakMemory(IReadOnlyList<ServiceProcess> services)
    {
        _services = services;
        foreach (var service in services)
        {
            foreach (var pid in Descendants(service.Id).Prepend(service.Id))
            {
                ResetPeak(pid);
            }
        }
        _sampler = Task.Run(SampleAsync);
    }

    public static PeakMemory Start(IReadOnlyList<ServiceProcess> services) => new(services);

    /// <summary>Each service's peak and its children's (the largest of them), in bytes.</summary>
    public async Task<IReadOnlyList<(string Service, long Peak, long ChildPeak)>> StopAsync()
    {
        await _stop.CancelAsync();
        await _sampler;
        SampleChildren();
        return [.. _services.Select(s => (s.Name, ProcessMemory.PeakResident(s.Id) ?? 0, _children.GetValueOrDefault(s.Name)))];
    }

    private async Task SampleAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            SampleChildren();
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private void SampleChildren()
    {
        foreach (var service in _services)
        {
            foreach (var child in Descendants(service.Id))
            {
                if (ProcessMemory.PeakResident(child) is { } peak)
                {
                    _children[service.Name] = Math.Max(_children.GetValueOrDefault(service.Name), peak);
                }
            }
        }
    }

    private static void ResetPeak(int pid)
    {
        try
        {
            File.WriteAllText($"/proc/{pid}/clear_refs", "5");
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    /// <summary>Every process below <paramref name="root"/>, from each process's parent in <c>/proc/{pid}/stat</c>.</summary>
    public static IReadOnlyList<int> Descendants(int root)
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var pid))
            {
                continue;
            }
            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // "pid (name) state ppid …": the name may hold spaces and parentheses, so read after the last ')'.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                parents[pid] = int.Parse(fields[1], CultureInfo.InvariantCulture);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentOutOfRangeException)
            {
            }
        }
        var found = new List<int>();
        var frontier = new Queue<int>([root]);
        while (frontier.TryDequeue(out var parent))
        {
            foreach (var (pid, ppid) in parents)
            {
                if (ppid == parent)
                {
                    found.Add(pid);
                    frontier.Enqueue(pid);
                }
            }
        }
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
            await _sampler;
        }
        _stop.Dispose();
    }
}
