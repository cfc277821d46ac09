using System.Diagnostics;

namespace Resume.Parsing;

/// <summary>The wall-clock and cancellation budget of one parse, checked between pages and blocks.</summary>
internal sealed class ParseBudget(TimeSpan timeout, CancellationToken cancellationToken)
{
    private readonly long _started = Stopwatch.GetTimestamp();

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>What is left of the time budget (zero once spent), for work done outside this process such as OCR.</summary>
    public TimeSpan Remaining => timeout - Stopwatch.GetElapsedTime(_started) is { Ticks: > 0 } left ? left : TimeSpan.Zero;

    public void Check()
    {
        CancellationToken.ThrowIfCancellationRequested();
        if (Stopwatch.GetElapsedTime(_started) > timeout)
        {
            throw new ParseFailure(Resume.Model.ErrorCodes.Timeout,
                $"Reading the file took longer than the {timeout.TotalSeconds:0.#} seconds allowed; it may be damaged or unusually complex.");
        }
    }
}
