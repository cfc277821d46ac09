using System.Collections.Concurrent;
using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// Watches the service processes of a stack for one that ends when the tests did not end it (a crash, a host that
/// stopped itself, a kill from elsewhere), and tells what became of each: running, or its exit code, with the last lines
/// it wrote. A test that waits on the pipeline fails at once with why, rather than waiting out its timeout with no clue.
/// </summary>
/// <param name="endsItself">A process that may end by itself (say, one started with a fault armed that kills it).</param>
public sealed class ServiceWatch(DistributedStack stack, Func<ServiceProcess, bool>? endsItself = null)
{
    /// <summary>How long an exit is seen before it counts: its last lines (its own word that it meant to end) are read by then.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<ServiceProcess, DateTime> _seenExited = new();

    /// <summary>The latest processes of the stack that have ended without the tests ending them.</summary>
    public IReadOnlyList<ServiceProcess> EndedUnbidden() =>
        [.. stack.Current.Where(p => p.HasExited && !p.EndedOnPurpose && DateTime.UtcNow - _seenExited.GetOrAdd(p, DateTime.UtcNow) >= Settle && endsItself?.Invoke(p) != true)];

    /// <summary>Completes with the processes that ended unbidden as soon as there is one; runs until cancelled otherwise.</summary>
    public async Task<IReadOnlyList<ServiceProcess>> UntilOneEndsUnbiddenAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (EndedUnbidden() is { Count: > 0 } ended)
            {
                return ended;
            }
            await Task.Delay(250, cancellationToken);
        }
    }

    /// <summary>Runs <paramref name="work"/>, but throws with the processes' story as soon as one ends unbidden.</summary>
    public async Task<T> GuardAsync<T>(Task<T> work, string what)
    {
        using var stop = new CancellationTokenSource();
        var watching = UntilOneEndsUnbiddenAsync(stop.Token);
        if (await Task.WhenAny(work, watching) == work)
        {
            await stop.CancelAsync();
            return await work;
        }
        var ended = await watching;
        var story = new StringBuilder($"{string.Join(", ", ended.Select(p => p.Name))} ended while {what}, and no test ended it:");
        foreach (var process in ended)
        {
            await process.WaitForOutputAsync();
            story.Append("\n\n").Append(Describe(process, 60));
        }
        throw new InvalidOperationException(story.ToString());
    }

    /// <summary>
    /// Every process of the stack: each latest one running or with its exit code, and its last <paramref name="lines"/>
    /// lines; each earlier one in a line, with its lines too if it ended unbidden.
    /// </summary>
    public string Report(int lines = 60)
    {
        var current = stack.Current.ToHashSet();
        var report = new StringBuilder("The stack's service processes:");
        foreach (var process in stack.EveryProcess)
        {
            var full = current.Contains(process) || (process.HasExited && !process.EndedOnPurpose && endsItself?.Invoke(process) != true);
            report.Append("\n\n").Append(full ? Describe(process, lines) : State(process));
        }
        return report.ToString();
    }

    private static string Describe(ServiceProcess process, int lines) =>
        $"{State(process)}; its last {lines} lines:\n{process.Tail(lines)}";

    private static string State(ServiceProcess process) =>
        $"{process.Name} (pid {process.Id}, {process.Url}): " + (process.HasExited
            ? $"exited with code {process.ExitCode}{(process.EndedOnPurpose ? ", ended by the tests" : ", not ended by the tests")}"
            : "running");
}
