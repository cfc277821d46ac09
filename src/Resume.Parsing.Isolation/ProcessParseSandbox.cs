using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Resume.Parsing.Isolation;

/// <summary>
/// A warm pool of parser processes, one file each at a time, at most <see cref="Processes"/> at once. Children start
/// when first needed and serve file after file; one that died, was killed, or has worn (files read, memory held, CPU
/// used) is dropped and the next file starts a fresh one. Disposing the pool kills them all.
/// </summary>
public sealed partial class ProcessParseSandbox : IParseSandbox
{
    private readonly ChildSettings _settings;
    private readonly SemaphoreSlim _slots;
    private readonly ConcurrentStack<ParseChild> _idle = new();
    private readonly ConcurrentDictionary<int, ParseChild> _live = new();
    private readonly ILogger _logger;
    private volatile bool _disposed;
    private long _retiredPeak;

    public ProcessParseSandbox(ParseIsolationOptions options, int processes, ILogger<ProcessParseSandbox> logger)
        : this(ChildSettings.From(options), processes, logger)
    {
    }

    internal ProcessParseSandbox(ChildSettings settings, int processes, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(processes, 1);
        _settings = settings;
        Processes = processes;
        _slots = new SemaphoreSlim(processes, processes);
        _logger = logger;
    }

    public ParserOptions Options => _settings.Parser;

    /// <summary>Files parsed at once, and the most parser processes alive.</summary>
    public int Processes { get; }

    /// <summary>The parser processes alive now (their ids), for operators and tests.</summary>
    public IReadOnlyCollection<int> ProcessIds => [.. _live.Keys];

    /// <summary>The most resident memory any of the pool's parser processes has held, those replaced included.</summary>
    public long PeakResidentBytes => Math.Max(Interlocked.Read(ref _retiredPeak), _live.Values.Select(c => c.PeakResidentBytes).DefaultIfEmpty(0).Max());

    public async Task<ParseResult> ParseAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ObjectDisposedException.ThrowIf(_disposed, this);
        // One byte past the limit is enough for the child's parser to say "too large", as it would in-process.
        var (file, length) = await ReadAsync(content, Options.MaxFileBytes + 1, cancellationToken);
        try
        {
            await _slots.WaitAsync(cancellationToken);
            ParseChild? child = null;
            try
            {
                child = TakeIdle() ?? await StartAsync(cancellationToken);
                var answer = await child.ParseAsync(file, length, _settings, cancellationToken);
                if (answer.Healthy && !Worn(child) && !_disposed)
                {
                    _idle.Push(child);
                    child = null;
                }
                return answer.Result;
            }
            finally
            {
                if (child is not null)
                {
                    Retire(child);
                }
                _slots.Release();
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(file);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        foreach (var child in _live.Values)
        {
            Retire(child);
        }
    }

    private ParseChild? TakeIdle()
    {
        while (_idle.TryPop(out var child))
        {
            if (!child.HasExited)
            {
                return child;
            }
            LogDiedIdle(_logger, child.Id);
            Retire(child);
        }
        return null;
    }

    private async Task<ParseChild> StartAsync(CancellationToken cancellationToken)
    {
        var child = await ParseChild.StartAsync(_settings, _logger, cancellationToken);
        _live[child.Id] = child;
        if (_disposed)
        {
            Retire(child);
            throw new ObjectDisposedException(nameof(ProcessParseSandbox));
        }
        return child;
    }

    private bool Worn(ParseChild child) =>
        child.Parses >= _settings.ParsesPerProcess
        || child.ResidentBytes > _settings.RecycleAboveBytes
        || child.CpuTime.TotalSeconds > ChildSettings.LifetimeCpuSeconds / 2.0;

    private void Retire(ParseChild child)
    {
        _live.TryRemove(child.Id, out _);
        var peak = child.PeakResidentBytes;
        long seen;
        while (peak > (seen = Interlocked.Read(ref _retiredPeak)) && Interlocked.CompareExchange(ref _retiredPeak, peak, seen) != seen)
        {
        }
        child.Dispose();
    }

    private static async Task<(byte[] Buffer, int Length)> ReadAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        var max = (int)Math.Min(limit, Array.MaxLength - 1);
        var size = 64 * 1024;
        if (content.CanSeek)
        {
            try
            {
                size = (int)Math.Clamp(content.Length - content.Position, 1, max);
            }
            catch (NotSupportedException)
            {
            }
        }
        var buffer = ArrayPool<byte>.Shared.Rent(size);
        var length = 0;
        try
        {
            while (length < max)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min(buffer.Length * 2L, max));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await content.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, max) - length), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    [LoggerMessage(LogLevel.Warning, "Parser process {ProcessId} died while idle; it is replaced")]
    private static partial void LogDiedIdle(ILogger logger, int processId);
}
