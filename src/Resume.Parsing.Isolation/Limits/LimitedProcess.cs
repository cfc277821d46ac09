using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Resume.Parsing.Isolation.Limits;

/// <summary>
/// A program run under <see cref="ProcessLimits"/>, with pipes for stdin and stdout and only the environment it is
/// given (never the parent's secrets). Limits are set by util-linux <c>prlimit</c> before the program's first
/// instruction, and the network is taken away with <c>unshare</c> where the system allows it; without <c>prlimit</c>
/// the limits are set on the running process at once (prlimit(2)), before anything is written to it. Any program can
/// be run this way (the parser child, OCR): the parent reads its memory and CPU from <c>/proc</c> and kills it.
/// It takes no logger but a callback for its warnings: it also runs inside the parser child (OCR tools), which starts
/// on the base framework alone and cannot load the logging assembly a web host gets from its shared framework.
/// </summary>
public sealed partial class LimitedProcess : IDisposable
{
    private static readonly string[] ToolFolders = ["/usr/bin", "/bin", "/usr/sbin", "/sbin"];
    private static int _warnedNoNetwork;

    private const int KeptErrorLines = 12;

    private readonly Process _process;
    private readonly List<string> _firstErrors = [];
    private readonly ConcurrentQueue<string> _lastErrors = new();

    // The id is kept from the start: a watchdog may sample the process after it was disposed (a parse cancelled or
    // recycled while its timer fired), and a disposed Process throws on Id where /proc simply has nothing to say.
    private readonly int _id;

    private LimitedProcess(Process process) => (_process, _id) = (process, process.Id);

    public int Id => _id;

    /// <summary>The program's stdin: the parent writes requests here.</summary>
    public Stream Input => _process.StandardInput.BaseStream;

    /// <summary>The program's stdout.</summary>
    public Stream Output => _process.StandardOutput.BaseStream;

    public bool HasExited => _process.HasExited;

    /// <summary>Resident memory now, from <c>/proc</c>; 0 once the process is gone.</summary>
    public long ResidentBytes => ProcFs.ResidentBytes(_id);

    /// <summary>The highest resident memory the process has had (<c>VmHWM</c>); 0 once it is gone.</summary>
    public long PeakResidentBytes => ProcFs.PeakResidentBytes(_id);

    /// <summary>CPU time used so far (user and system), or zero once the process is gone.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            try
            {
                return _process.TotalProcessorTime;
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or System.ComponentModel.Win32Exception)
            {
                return TimeSpan.Zero;
            }
        }
    }

    /// <summary>The signal that ended the process, when one did (a crash, a kill, a limit).</summary>
    public int? ExitSignal => _process.HasExited && _process.ExitCode > 128 ? _process.ExitCode - 128 : null;

    public int ExitCode => _process.ExitCode;

    /// <summary>The first and the last lines the program wrote to stderr (a crash's first and last words).</summary>
    public string ErrorTail
    {
        get
        {
            lock (_firstErrors)
            {
                return string.Join('\n', _firstErrors.Concat(_lastErrors));
            }
        }
    }

    public static LimitedProcess Start(
        string fileName, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment, ProcessLimits limits, Action<string>? warn = null)
    {
        var command = new List<string>();
        if (limits.NoNetwork && OperatingSystem.IsLinux())
        {
            if (NetworkIsolation.CommandPrefix is { } isolation)
            {
                command.AddRange(isolation);
                command.Add("--");
            }
            else if (Interlocked.Exchange(ref _warnedNoNetwork, 1) == 0)
            {
                warn?.Invoke("Child processes run with the network: this system allows no network namespace (unshare --net failed, as in a container without the privilege); their other limits still hold");
            }
        }
        var prlimit = OperatingSystem.IsLinux() ? FindTool("prlimit") : null;
        if (prlimit is not null)
        {
            command.Add(prlimit);
            command.AddRange(PrlimitOptions(limits));
            command.Add("--");
        }
        command.Add(fileName);
        command.AddRange(arguments);

        var start = new ProcessStartInfo(command[0], command.Skip(1))
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(fileName) is { Length: > 0 } folder && Directory.Exists(folder) ? folder : "/",
        };
        // Nothing of the parent's environment (connection strings, keys) reaches a program that reads hostile input.
        start.Environment.Clear();
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var limited = new LimitedProcess(process);
        process.ErrorDataReceived += (_, e) => limited.KeepError(e.Data);
        process.BeginErrorReadLine();
        if (prlimit is null && OperatingSystem.IsLinux())
        {
            limited.ApplyLimitsNow(limits, warn);
        }
        return limited;
    }

    /// <summary>SIGKILL, at once: a process that broke a limit gets no chance to do more.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill();
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public Task WaitForExitAsync(CancellationToken cancellationToken) => _process.WaitForExitAsync(cancellationToken);

    public bool WaitForExit(TimeSpan timeout) => _process.WaitForExit(timeout);

    public void Dispose()
    {
        Kill();
        _process.WaitForExit(2000);
        _process.Dispose();
    }

    /// <summary>The full path of a system tool, or null when the system has none.</summary>
    public static string? FindTool(string name)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Concat(ToolFolders);
        return folders.Select(folder => Path.Combine(folder, name)).FirstOrDefault(File.Exists);
    }

    private static IEnumerable<string> PrlimitOptions(ProcessLimits limits)
    {
        if (limits.AddressSpaceBytes is { } addressSpace)
        {
            yield return Option("as", addressSpace);
        }
        if (limits.CpuSeconds is { } cpu)
        {
            yield return Option("cpu", cpu);
        }
        if (limits.FileSizeBytes is { } fileSize)
        {
            yield return Option("fsize", fileSize);
        }
        if (limits.OpenFiles is { } openFiles)
        {
            yield return Option("nofile", openFiles);
        }
        if (limits.CoreFileBytes is { } core)
        {
            yield return Option("core", core);
        }

        static string Option(string name, long value) => $"--{name}={value.ToString(CultureInfo.InvariantCulture)}";
    }

    private void ApplyLimitsNow(ProcessLimits limits, Action<string>? warn)
    {
        foreach (var (resource, value) in (ReadOnlySpan<(int, long?)>)
                 [(9, limits.AddressSpaceBytes), (0, limits.CpuSeconds), (1, limits.FileSizeBytes), (7, limits.OpenFiles), (4, limits.CoreFileBytes)])
        {
            if (value is not { } limit)
            {
                continue;
            }
            var rlimit = new RLimit { Current = (ulong)limit, Maximum = (ulong)limit };
            if (Prlimit(_process.Id, resource, in rlimit, IntPtr.Zero) != 0)
            {
                warn?.Invoke($"Could not set resource limit {resource} on a child process (errno {Marshal.GetLastPInvokeError()})");
            }
        }
    }

    private void KeepError(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_firstErrors)
        {
            if (_firstErrors.Count < KeptErrorLines)
            {
                _firstErrors.Add(line);
                return;
            }
        }
        _lastErrors.Enqueue(line);
        while (_lastErrors.Count > KeptErrorLines && _lastErrors.TryDequeue(out _))
        {
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    [LibraryImport("libc", EntryPoint = "prlimit", SetLastError = true)]
    private static partial int Prlimit(int pid, int resource, in RLimit newLimit, IntPtr oldLimit);
}
