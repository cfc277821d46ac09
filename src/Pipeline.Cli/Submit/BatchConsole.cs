using System.Globalization;
using Pipeline.Cli.Inputs;
using Resume.Model;
using Spectre.Console;

namespace Pipeline.Cli.Submit;

/// <summary>
/// What <c>submit</c> shows: a live progress bar from the batch's events on a terminal, one plain line per update when
/// the output goes to a file or a pipe, and a summary table at the end either way.
/// </summary>
internal sealed class BatchConsole
{
    private readonly TextWriter _stdout;
    private readonly IAnsiConsole _console;
    private readonly bool _interactive;

    private BatchConsole(TextWriter stdout, bool interactive)
    {
        (_stdout, _interactive) = (stdout, interactive);
        _console = TerminalConsole.Create(stdout, interactive);
    }

    public static BatchConsole For(TextWriter stdout) => new(stdout, TerminalConsole.IsLive(stdout));

    public void Accepted(BatchStatus batch, Uri location)
    {
        _stdout.WriteLine($"Batch {batch.Id}: {Count(batch.Total, "resume", "resumes")} to scan, {Count(batch.Skipped, "file", "files")} skipped, " +
                          $"{Count(batch.Duplicates, "duplicate", "duplicates")}. {location}");
    }

    /// <summary>Shows the batch's progress until it is complete; returns its last state.</summary>
    public async Task<BatchStatus> FollowAsync(BatchStatus start, IAsyncEnumerable<BatchStatus> updates, CancellationToken cancellationToken)
    {
        var last = start;
        if (_interactive)
        {
            await _console.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask(Describe(start), maxValue: Math.Max(1, start.Total));
                    await foreach (var update in updates.WithCancellation(cancellationToken))
                    {
                        last = update;
                        task.Value = update.Ended;
                        task.Description = Describe(update);
                    }
                    task.Value = task.MaxValue;
                });
            return last;
        }
        await foreach (var update in updates.WithCancellation(cancellationToken))
        {
            last = update;
            _stdout.WriteLine(Line(update));
        }
        return last;
    }

    public void Summary(BatchStatus batch, BatchSummary summary, string? outputDirectory)
    {
        var table = new Table { Border = _interactive ? TableBorder.Rounded : TableBorder.Ascii, Title = new TableTitle($"Batch {batch.Id}") };
        table.AddColumn("Resumes");
        table.AddColumn(new TableColumn("Count").RightAligned());
        table.AddRow("scored", N(batch.Completed));
        table.AddRow("failed", N(batch.Failed));
        table.AddRow("skipped (not a resume, unsafe, too large…)", N(batch.Skipped));
        table.AddRow("duplicates (scanned once)", N(batch.Duplicates));
        table.AddRow("average score", summary.Scores.Average?.ToString("0.0", CultureInfo.InvariantCulture) ?? "–");
        table.AddRow("median score", summary.Scores.Median?.ToString(CultureInfo.InvariantCulture) ?? "–");
        table.AddRow("strong / fair / needs work", $"{N(summary.Scores.Strong)} / {N(summary.Scores.Fair)} / {N(summary.Scores.Low)}");
        table.AddRow("hard for an ATS to read", $"{N(summary.Readability.Unreadable)} ({summary.Readability.Share:0%})");
        _console.Write(table);
        if (summary.FailedChecks.Count > 0)
        {
            var checks = new Table { Border = _interactive ? TableBorder.Rounded : TableBorder.Ascii, Title = new TableTitle("Most failed checks") };
            checks.AddColumn("Check");
            checks.AddColumn(new TableColumn("Students").RightAligned());
            foreach (var check in summary.FailedChecks.Take(5))
            {
                checks.AddRow(Markup.Escape(check.Title), $"{N(check.Students)} ({check.Share:0%})");
            }
            _console.Write(checks);
        }
        if (outputDirectory is not null)
        {
            _console.WriteLine($"Results in {outputDirectory}");
        }
    }

    private static string Describe(BatchStatus batch) =>
        string.Create(CultureInfo.InvariantCulture, $"Scanning {batch.Total:N0} resumes{Pace(batch)}");

    private static string Line(BatchStatus batch) => string.Create(CultureInfo.InvariantCulture,
        $"[{batch.Ended}/{batch.Total}] {batch.Status}: {batch.Completed:N0} completed, {batch.Failed:N0} failed{Pace(batch)}");

    private static string Pace(BatchStatus batch) => batch switch
    {
        { IsComplete: true } => "",
        { ResumesPerMinute: { } rate, EstimatedSecondsLeft: { } left } => string.Create(CultureInfo.InvariantCulture,
            $" · {rate:0.#} resumes/min · about {(left >= 90 ? $"{Math.Ceiling(left / 60):0} min" : $"{left:0} s")} left"),
        _ => "",
    };

    private static string N(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Count(int value, string one, string many) => $"{N(value)} {(value == 1 ? one : many)}";
}
