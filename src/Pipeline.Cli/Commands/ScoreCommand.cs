using System.CommandLine;
using Pipeline.Cli.Inputs;
using Resume.Model;
using Resume.Parsing.Isolation;
using Resume.Scoring;

namespace Pipeline.Cli.Commands;

/// <summary><c>score INPUT… [--role ROLE|auto] [--job POSTING.txt] [--out DIR]</c>: parse each résumé, then score it.</summary>
public static class ScoreCommand
{
    /// <summary>A posting is a page or two of text; anything far larger is not one.</summary>
    private const long MaxPostingBytes = 1024 * 1024;

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output("Folder for <input>.score.json files; without it, a single input prints to stdout.");
        var role = RoleOption();
        var job = new Option<FileInfo>("--job")
        {
            Description = "A job posting as a text file: adds the match (skills found and missing) to each score.",
        };
        var command = new Command("score", "Score resumes against a role guide and, optionally, a job posting.") { inputs, role, job, output };
        command.SetAction((result, ct) => RunAsync(
            result.GetRequiredValue(inputs), result.GetRequiredValue(role), result.GetValue(job), result.GetValue(output), stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string[] paths, string role, FileInfo? job, DirectoryInfo? outDir, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var catalog = RoleGuideCatalog.BuiltIn;
        RequireKnown(role);
        var posting = job is null ? null : await ReadPostingAsync(job, ct);
        var files = InputSet.Expand(paths);
        StageOutputs.RequireOneUnlessWritingFiles(files, outDir);

        using var parser = CliSandbox.Create();
        var scorer = new ResumeScorer(catalog);
        var results = await ParallelRunner.RunAsync(files, async (file, token) =>
        {
            var outcome = await ScoreFileAsync(parser, scorer, file, role, posting, token);
            if (outDir is not null && outcome.Report is not null)
            {
                OutputFiles.WriteText(file.OutputPath(outDir.FullName, ".score.json"), ResumeJson.Serialize(outcome.Report));
            }
            return outcome;
        }, cancellationToken: ct);

        return await StageOutputs.ReportAsync(files, results, r => r.Error, r => r.Report, outDir, stdout, stderr);
    }

    private static async Task<(ScoreReport? Report, StageError? Error)> ScoreFileAsync(
        IParseSandbox parser, ResumeScorer scorer, InputFile file, string role, string? posting, CancellationToken ct)
    {
        var parsed = await ParseCommand.ParseFileAsync(parser, file, ct);
        if (parsed.Resume is null)
        {
            return (null, parsed.Error);
        }
        try
        {
            return (scorer.Score(parsed.Resume, role, posting), null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A scorer bug must cost one input, not the batch.
            return (null, new StageError(Stages.Score, ErrorCodes.Internal, $"Scoring failed: {e.Message}"));
        }
    }

    /// <summary><c>--role</c> as score and scan read it: a guide id, or <c>auto</c> (the default) for the guide each résumé fits best.</summary>
    internal static Option<string> RoleOption() => new("--role")
    {
        Description = $"The role guide to score against: '{RoleGuideCatalog.Auto}' (default) picks the one each resume fits best; or one of {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles)}.",
        DefaultValueFactory = _ => RoleGuideCatalog.Auto,
    };

    internal static void RequireKnown(string role)
    {
        if (!RoleGuideCatalog.BuiltIn.Accepts(role))
        {
            throw new UsageException($"--role {role}: no such role guide. Use '{RoleGuideCatalog.Auto}' or one of: {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles)}.");
        }
    }

    internal static async Task<string> ReadPostingAsync(FileInfo job, CancellationToken ct)
    {
        if (!job.Exists)
        {
            throw new UsageException($"{job.FullName}: no such job posting file.");
        }
        if (job.Length > MaxPostingBytes)
        {
            throw new UsageException($"{job.FullName}: a job posting over {MaxPostingBytes / 1024 / 1024} MiB is not plain text; give the posting's text.");
        }
        return await File.ReadAllTextAsync(job.FullName, ct);
    }
}
