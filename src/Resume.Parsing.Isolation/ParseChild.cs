using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Resume.Parsing.Isolation.Child;
using Resume.Parsing.Isolation.Limits;
using Resume.Parsing.Isolation.Protocol;

namespace Resume.Parsing.Isolation;

/// <summary>
/// One parser process, one file at a time, watched while it works: killed at its wall-clock deadline or when its
/// resident memory passes the limit. A death while reading a file is that file's result; the pool replaces the process.
/// </summary>
internal sealed partial class ParseChild : IDisposable
{
    /// <summary>How often a busy child's memory and clock are looked at: a fiftieth of a second costs ~20 µs of /proc reads.</summary>
    private static readonly TimeSpan WatchEvery = TimeSpan.FromMilliseconds(20);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private static readonly byte[] Ready = "ready"u8.ToArray();

    private readonly LimitedProcess _process;
    private readonly ILogger _logger;
    private long _sampledPeak;

    private ParseChild(LimitedProcess process, ILogger logger)
    {
        _process = process;
        _logger = logger;
    }

    public int Id => _process.Id;
    public int Parses { get; private set; }
    public long ResidentBytes => _process.ResidentBytes;
    /// <summary>The most memory the child has held: the kernel's high-water mark while it lives, else the watchdog's samples.</summary>
    public long PeakResidentBytes => Math.Max(Interlocked.Read(ref _sampledPeak), _process.PeakResidentBytes);
    public TimeSpan CpuTime => _process.CpuTime;
    public bool HasExited => _process.HasExited;

    /// <summary>Starts a child and waits for its hello, so a child that cannot run is told apart from a file that kills one.</summary>
    public static async Task<ParseChild> StartAsync(ChildSettings settings, ILogger logger, CancellationToken cancellationToken)
    {
        LimitedProcess process;
        try
        {
            process = LimitedProcess.Start(ChildLocation.DotnetHost, [ChildLocation.Program, .. ChildArguments.For(settings.Parser)],
                settings.Environment(), settings.Limits(), warning => LogLimitWarning(logger, warning));
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new SandboxUnavailableException($"The parser process could not be started ({ChildLocation.DotnetHost} {ChildLocation.Program}): {e.Message}", e);
        }
        var child = new ParseChild(process, logger);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        byte[]? hello = null;
        try
        {
            hello = await Frame.ReadAsync(process.Output, Ready.Length, timeout.Token);
        }
        catch (Exception e) when (e is IOException or InvalidDataException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
        }
        catch
        {
            child.Dispose();
            throw;
        }
        if (hello is null || !hello.AsSpan().SequenceEqual(Ready))
        {
            process.Kill();
            await Task.Delay(50, CancellationToken.None);
            var detail = process.ErrorTail;
            child.Dispose();
            throw new SandboxUnavailableException($"The parser process did not start: {(detail.Length > 0 ? detail : "no word from it")}");
        }
        LogStarted(logger, process.Id);
        return child;
    }

    /// <summary>Sends one file and waits for its result; a kill or a death on the way is the result instead.</summary>
    public async Task<ChildAnswer> ParseAsync(byte[] file, int length, ChildSettings settings, CancellationToken cancellationToken)
    {
        Parses++;
        var started = Stopwatch.GetTimestamp();
        var stopped = (int)StopReason.None;
        void Stop(StopReason reason)
        {
            if (Interlocked.CompareExchange(ref stopped, (int)reason, (int)StopReason.None) == (int)StopReason.None)
            {
                _process.Kill();
            }
        }

        var deadline = settings.Parser.Timeout + ParseIsolationOptions.KillGrace;
        await using var watchdog = new Timer(_ =>
        {
            var resident = _process.ResidentBytes;
            if (resident > Interlocked.Read(ref _sampledPeak))
            {
                Interlocked.Exchange(ref _sampledPeak, resident);
            }
            if (Stopwatch.GetElapsedTime(started) > deadline)
            {
                Stop(StopReason.Deadline);
            }
            else if (resident > settings.MemoryLimitBytes)
            {
                Stop(StopReason.Memory);
            }
        }, null, WatchEvery, WatchEvery);
        await using var cancel = cancellationToken.Register(() => Stop(StopReason.Cancelled));

        // One blocking exchange on one pool thread: pipe reads block a thread anyway, and five awaited pipe operations
        // cost the parent more CPU in thread hand-offs than the exchange itself. A kill ends the read.
        var reply = await Task.Run(() =>
        {
            try
            {
                Frame.Write(_process.Input, file.AsSpan(0, length));
                return Frame.Read(_process.Output, Reply.MaxLength);
            }
            catch (Exception e) when (e is IOException or InvalidDataException)
            {
                return null; // The pipe broke: the child died or was killed; why is found below.
            }
        }, CancellationToken.None);
        await watchdog.DisposeAsync();
        // A parse quicker than one watch period was never sampled: the child's memory as it answers is judged too, so
        // whether a file passed the limit does not depend on how busy the machine was.
        if (reply is not null && _process.ResidentBytes > settings.MemoryLimitBytes)
        {
            Stop(StopReason.Memory);
        }
        var stop = (StopReason)Volatile.Read(ref stopped);

        if (reply is not null && stop == StopReason.None)
        {
            try
            {
                var decoded = Reply.Decode(reply);
                return new ChildAnswer(decoded.Result, Healthy: !decoded.Retiring);
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
            {
                _process.Kill();
                LogOutOfProtocol(_logger, _process.Id, e);
                return new ChildAnswer(ChildFailures.OutOfProtocol(), Healthy: false);
            }
        }

        _process.Kill();
        await WaitForExitAsync();
        if (stop == StopReason.Cancelled)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }
        var result = stop switch
        {
            StopReason.Deadline => ChildFailures.Timeout(settings.Parser.Timeout),
            StopReason.Memory => ChildFailures.Memory(settings.MemoryLimitBytes),
            // SIGXCPU: the kernel's CPU limit.
            _ when _process.ExitSignal == 24 => ChildFailures.Timeout(settings.Parser.Timeout),
            _ => ChildFailures.Crashed(stackOverflow: _process.ErrorTail.Contains("Stack overflow", StringComparison.Ordinal)),
        };
        LogEnded(_logger, _process.Id, stop == StopReason.None ? Describe(_process) : stop.ToString(), Parses, result.Error!.Code,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ChildAnswer(result, Healthy: false);
    }

    /// <summary>Asks the child to finish (stdin closed) and kills it if it does not at once.</summary>
    public void Dispose()
    {
        try
        {
            _process.Input.Close();
        }
        catch (IOException)
        {
        }
        _process.Dispose();
    }

    private async Task WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(patience.Token);
            // The last stderr lines (a crash's last words) arrive just after the exit.
            await Task.Delay(20, CancellationToken.None);
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static string Describe(LimitedProcess process) => process.ExitSignal is { } signal
        ? $"signal {signal.ToString(CultureInfo.InvariantCulture)}"
        : process.HasExited ? $"exit code {process.ExitCode.ToString(CultureInfo.InvariantCulture)}" : "pipe closed";

    private enum StopReason
    {
        None,
        Deadline,
        Memory,
        Cancelled,
    }

    [LoggerMessage(LogLevel.Warning, "Parser processes: {Warning}")]
    private static partial void LogLimitWarning(ILogger logger, string warning);

    [LoggerMessage(LogLevel.Debug, "Parser process {ProcessId} started")]
    private static partial void LogStarted(ILogger logger, int processId);

    [LoggerMessage(LogLevel.Warning, "Parser process {ProcessId} ended ({Reason}) while reading its file number {Parses}: the file fails with {Code} after {ElapsedMs:0} ms; the process is replaced")]
    private static partial void LogEnded(ILogger logger, int processId, string reason, int parses, string code, double elapsedMs);

    [LoggerMessage(LogLevel.Error, "Parser process {ProcessId} answered out of protocol; it was killed")]
    private static partial void LogOutOfProtocol(ILogger logger, int processId, Exception exception);
}
