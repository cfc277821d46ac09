using System.CommandLine;
using System.Diagnostics;
using Pipeline.Cli.Inputs;
using Pipeline.Cli.Scan;
using Resume.Scoring;

namespace Pipeline.Cli.Commands;

/// <summary><c>scan INPUT… --out DIR [--role ROLE|auto] [--job POSTING.txt]</c>: parse, score and render each input in-process.</summary>
public static class ScanCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output("Folder for each input's .json, .score.json, .report.html, .report.pdf, .optimized.pdf and .optimized.docx.");
        output.Required = true;
        var role = ScoreCommand.RoleOption();
        var job = new Option<FileInfo>("--job") { Description = "A job posting as a text file, to match the resumes against." };
        var command = new Command("scan", "Parse, score and render resumes: JSON, score, report (HTML, PDF) and an ATS-friendly rewrite (PDF, DOCX).")
        {
            inputs, output, role, job,
        };
        command.SetAction((result, ct) => RunAsync(
            result.GetRequiredValue(inputs), result.GetRequiredValue(output), result.GetRequiredValue(role), result.GetValue(job), stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DirectoryInfo outDir, string role, FileInfo? job, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        ScoreCommand.RequireKnown(role);
        var posting = job is null ? null : await ScoreCommand.ReadPostingAsync(job, ct);
        var files = InputSet.Expand(paths);
        InputSet.RequireDistinctOutputs(files);
        Directory.CreateDirectory(outDir.FullName);

        using var parser = CliSandbox.Create();
        var stages = new ScanStages(parser, new ResumeScorer(RoleGuideCatalog.BuiltIn), role, posting, outDir.FullName);
        var console = ScanConsole.For(stdout);
        var clock = Stopwatch.StartNew();
        var outcomes = await console.RunAsync(files, stages.RunAsync, ct);
        console.Summary(outcomes, clock.Elapsed, outDir.FullName);

        foreach (var outcome in outcomes)
        {
            if (outcome.Error is { } error)
            {
                await stderr.WriteLineAsync(FailureLine.Format(outcome.File, error));
            }
        }
        return outcomes.All(o => o.Succeeded) ? CliApp.Ok : CliApp.SomeFailed;
    }
}
