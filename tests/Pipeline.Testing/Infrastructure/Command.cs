using System.Diagnostics;
using System.Text;

namespace Pipeline.Testing.Infrastructure;

/// <summary>A command run to its end, its output kept; for the server tools the private services are driven with.</summary>
public static class Command
{
    public sealed record Result(int ExitCode, string Output)
    {
        public Result EnsureSuccess(string what) =>
            ExitCode == 0 ? this : throw new InvalidOperationException($"{what} failed with exit code {ExitCode}:\n{Output}");
    }

    public static async Task<Result> RunAsync(
        string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not end within {(timeout ?? TimeSpan.FromMinutes(2)).TotalSeconds:0} s.");
        }
        output.Append(await stdout).Append(await stderr);
        return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Starts a long-running server in the background, its output appended to <paramref name="log"/>; returns its pid.</summary>
    /// <remarks>Through <c>exec</c>, so the pid is the server's own and a SIGKILL reaches it, not a wrapping shell.</remarks>
    public static int StartServer(string file, IEnumerable<string> arguments, string log, IReadOnlyDictionary<string, string>? environment = null)
    {
        var quoted = string.Join(' ', arguments.Prepend(file).Select(Quote));
        var start = new ProcessStartInfo("bash", ["-c", $"exec {quoted} >>{Quote(log)} 2>&1 </dev/null"]) { UseShellExecute = false };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        return process.Id;
    }

    /// <summary>Sends a signal (9 = SIGKILL, 15 = SIGTERM); false when there was no such process.</summary>
    public static bool Signal(int pid, int signal) => Posix.Kill(pid, signal) == 0;

    /// <summary>Whether a process with this id is still there (and not a zombie).</summary>
    public static bool IsAlive(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].FirstOrDefault() is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Waits until the process is gone; false when it is still there after <paramref name="timeout"/>.</summary>
    public static async Task<bool> WaitForExitAsync(int pid, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (IsAlive(pid))
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }
            await Task.Delay(100);
        }
        return true;
    }

    private static string Quote(string value) => "'" + value.Replace("'", "'\\''") + "'";
}
