using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Pipeline.Testing;

/// <summary>One built service run as its own process (<c>dotnet Service.dll</c>), its output kept for diagnosis.</summary>
public sealed partial class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private ServiceProcess(string name, Process process, Uri url)
    {
        Name = name;
        _process = process;
        Url = url;
    }

    public string Name { get; }
    public Uri Url { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code once the process has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Whether the tests ended it (<see cref="KillHard"/>, <see cref="StopAsync"/>), as opposed to its ending by itself.</summary>
    public bool EndedOnPurpose { get; private set; }

    /// <summary>Whether it said it listens on its own address (Kestrel's "Now listening on"): it, and no other process, holds the port.</summary>
    public bool Listening => _output.Any(line => line.Contains($"Now listening on: {Url.ToString().TrimEnd('/')}", StringComparison.Ordinal));

    /// <summary>
    /// The highest resident memory this process had: read live while it runs, and kept from the last reading before it
    /// was stopped or killed.
    /// </summary>
    public long PeakResidentBytes
    {
        get
        {
            RememberPeak();
            return _peakResident;
        }
    }

    private long _peakResident;

    private void RememberPeak()
    {
        if (!_process.HasExited && ProcessMemory.PeakResident(_process.Id) is { } peak)
        {
            _peakResident = Math.Max(_peakResident, peak);
        }
    }

    /// <summary>Every line the service wrote so far.</summary>
    public IReadOnlyList<string> Output => [.. _output];

    public static ServiceProcess Start(string name, string dll, IReadOnlyDictionary<string, string> environment, Uri url)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        // Settings come only from the stack, never from the shell the tests were started in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("Pipeline__", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings__", StringComparison.Ordinal)
                                                              || k.StartsWith("Database__", StringComparison.Ordinal) || k.StartsWith("Ingest__", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        start.Environment["ASPNETCORE_URLS"] = url.ToString().TrimEnd('/');

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{name} did not start.");
        var service = new ServiceProcess(name, process, url);
        process.OutputDataReceived += (_, e) => service.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => service.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>
    /// Waits until <c>/health/ready</c> answers 200 from this process: one that said it listens on its address. Another
    /// process on the same port answers too, while this one dies on "address already in use".
    /// </summary>
    public async Task WaitReadyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = Url, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        var answeredForIt = false;
        while (clock.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                await WaitForOutputAsync();
                throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}{(answeredForIt ? $" (another process answered on its port {Url.Port})" : "")}:\n{Tail()}");
            }
            try
            {
                using var response = await http.GetAsync("/health/ready");
                if (response.IsSuccessStatusCode)
                {
                    if (Listening)
                    {
                        return;
                    }
                    answeredForIt = true;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"{Name} was not ready after {timeout.TotalSeconds:0} s{(answeredForIt ? $" (another process answered on its port {Url.Port})" : "")}:\n{Tail()}");
    }

    /// <summary>SIGKILL: no shutdown, no acks, no goodbyes — as when a machine dies.</summary>
    public void KillHard()
    {
        EndedOnPurpose = true;
        RememberPeak();
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
    }

    /// <summary>SIGSTOP: the process holds everything it has (connections, unacknowledged messages) and does nothing.</summary>
    /// <remarks>Not once it has exited: its pid may be another process's by then.</remarks>
    public void Freeze() => Signal(19);

    /// <summary>SIGCONT after <see cref="Freeze"/>.</summary>
    public void Thaw() => Signal(18);

    private void Signal(int signal)
    {
        if (!_process.HasExited)
        {
            _ = Kill(_process.Id, signal);
        }
    }

    /// <summary>SIGTERM, then waits for the graceful shutdown.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        RememberPeak();
        if (_process.HasExited)
        {
            return;
        }
        EndedOnPurpose = true;
        _ = Kill(_process.Id, 15);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
        }
    }

    /// <summary>Once it has exited: waits (a few seconds at most) until its output has been read to the end, where it says why.</summary>
    public async Task WaitForOutputAsync()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            // A child of it still holds its output open: what was read is all there is.
        }
    }

    public string Tail(int lines = 60) => string.Join('\n', _output.TakeLast(lines));

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(20));
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
