using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Resume.Parsing.Isolation.Limits;

/// <summary>
/// One run of a command-line tool over untrusted bytes (OCR, page drawing): bytes in on stdin, bytes out on stdout,
/// under <see cref="ProcessLimits"/>, watched like a parser process: killed at its deadline, past its resident limit, or
/// when its output passes what the caller will hold.
/// </summary>
internal static class ToolRun
{
    private static readonly TimeSpan WatchEvery = TimeSpan.FromMilliseconds(20);

    public static ToolOutcome Run(string program, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment,
        ReadOnlyMemory<byte> input, ProcessLimits limits, long residentLimitBytes, long maxOutputBytes, TimeSpan timeout,
        CancellationToken cancellationToken, ILogger? logger = null)
    {
        using var process = LimitedProcess.Start(program, arguments, environment, limits, logger ?? NullLogger.Instance);
        var started = Stopwatch.GetTimestamp();
        var stopped = (int)ToolStop.None;
        long peak = 0;
        void Stop(ToolStop reason)
        {
            if (Interlocked.CompareExchange(ref stopped, (int)reason, (int)ToolStop.None) == (int)ToolStop.None)
            {
                process.Kill();
            }
        }

        using (new Timer(_ =>
               {
                   var resident = process.ResidentBytes;
                   if (resident > Interlocked.Read(ref peak))
                   {
                       Interlocked.Exchange(ref peak, resident);
                   }
                   if (Stopwatch.GetElapsedTime(started) > timeout)
                   {
                       Stop(ToolStop.Deadline);
                   }
                   else if (resident > residentLimitBytes)
                   {
                       Stop(ToolStop.Memory);
                   }
               }, null, WatchEvery, WatchEvery))
        using (cancellationToken.Register(() => Stop(ToolStop.Cancelled)))
        {
            // Written on its own thread: a tool that answers before it has read everything must not deadlock us.
            var writer = Task.Run(() =>
            {
                try
                {
                    process.Input.Write(input.Span);
                    process.Input.Close();
                }
                catch (IOException)
                {
                    // The tool stopped reading (it failed, or was killed); its exit says why.
                }
            }, CancellationToken.None);
            var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            try
            {
                int read;
                while ((read = process.Output.Read(buffer)) > 0)
                {
                    if (output.Length + read > maxOutputBytes)
                    {
                        Stop(ToolStop.Output);
                        break;
                    }
                    output.Write(buffer, 0, read);
                }
            }
            catch (IOException)
            {
            }
            writer.Wait(CancellationToken.None);
            process.WaitForExit(TimeSpan.FromSeconds(10));
            var stop = (ToolStop)Volatile.Read(ref stopped);
            if (stop == ToolStop.Cancelled)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
            return new ToolOutcome(output.ToArray(), stop, process.HasExited ? process.ExitCode : -1, process.ExitSignal,
                process.ErrorTail, Math.Max(Interlocked.Read(ref peak), process.PeakResidentBytes), Stopwatch.GetElapsedTime(started));
        }
    }
}

/// <summary>Why the watcher ended a tool's run, if it did.</summary>
internal enum ToolStop
{
    None,
    Deadline,
    Memory,
    Output,
    Cancelled,
}

/// <param name="Output">All the tool wrote on stdout (up to the caller's limit).</param>
/// <param name="Signal">The signal that ended it (a crash, the kernel's CPU limit, a kill).</param>
/// <param name="ErrorTail">Its first and last lines on stderr.</param>
internal sealed record ToolOutcome(byte[] Output, ToolStop Stop, int ExitCode, int? Signal, string ErrorTail, long PeakResidentBytes, TimeSpan Elapsed)
{
    public bool Succeeded => Stop == ToolStop.None && Signal is null && ExitCode == 0;
}
