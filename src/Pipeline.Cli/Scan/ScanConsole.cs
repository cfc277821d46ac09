using System.Globalization;
using Pipeline.Cli.Inputs;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Pipeline.Cli.Scan;

/// <summary>
/// What <c>scan</c> shows while it works and when it is done: a live progress bar on a terminal, one plain line per
/// resume when the output goes to a file or a pipe, and a summary table either way.
/// </summary>
internal sealed class ScanConsole
{
    private readonly TextWriter _stdout;
    private readonly IAnsiConsole _console;
    private readonly bool _interactive;
    private readonly Lock _gate = new();

    private ScanConsole(TextWriter stdout, bool interactive)
    {
        (_stdout, _interactive) = (stdout, interactive);
        _console = TerminalConsole.Create(stdout, interactive);
    }

    public static ScanConsole For(TextWriter stdout) => new(stdout, TerminalConsole.IsLive(stdout));

    public async Task<ScanOutcome[]> RunAsync(IReadOnlyList<InputFile> files, Func<InputFile, CancellationToken, ValueTask<ScanOutcome>> scan, CancellationToken ct)
    {
        if (_interactive)
        {
            return await _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask($"Scanning {files.Count:N0} {(files.Count == 1 ? "resume" : "resumes")}", maxValue: Math.Max(1, files.Count));
                    return await ParallelRunner.RunAsync(files, scan, (_, _) => task.Increment(1), ct);
                });
        }
        var done = 0;
        return await ParallelRunner.RunAsync(files, scan, (file, outcome) =>
        {
            lock (_gate)
            {
                done++;
                _stdout.WriteLine($"[{done}/{files.Count}] {file.RelativePath}: {(outcome.Error is { } e ? $"failed at {e.Stage} ({e.Code})" : $"score {outcome.Score}")}");
            }
        }, ct);
    }

    public void Summary(IReadOnlyList<ScanOutcome> outcomes, TimeSpan elapsed, string outputDirectory)
    {
        var table = new Table { Border = _interactive ? TableBorder.Rounded : TableBorder.Ascii };
        table.AddColumn("File");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Status");
        table.AddColumn("Failure reason");
        foreach (var outcome in outcomes)
        {
            var error = outcome.Error;
            table.AddRow(
                new Text(outcome.File.RelativePath),
                new Text(outcome.Score?.ToString(CultureInfo.InvariantCulture) ?? "–"),
                Status(error is null ? "ok" : $"failed ({error.Stage})", error is null),
                new Text(error is null ? "" : $"{error.Code}: {error.Message}"));
        }
        _console.Write(table);
        var failed = outcomes.Count(o => !o.Succeeded);
        var seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        _console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{outcomes.Count:N0} {(outcomes.Count == 1 ? "resume" : "resumes")} in {seconds:0.0} s ({outcomes.Count / seconds:0.0} per second on {Environment.ProcessorCount} cores): {outcomes.Count - failed:N0} succeeded, {failed:N0} failed. Results in {outputDirectory}"));
    }

    private IRenderable Status(string text, bool ok) =>
        _interactive ? new Text(text, new Style(ok ? Color.Green : Color.Red)) : new Text(text);
}
