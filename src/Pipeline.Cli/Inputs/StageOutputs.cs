using Resume.Model;

namespace Pipeline.Cli.Inputs;

/// <summary>How a verb reports per-input results: the output contract every verb shares.</summary>
public static class StageOutputs
{
    /// <summary>Without <c>--out</c>, results go to stdout, which holds exactly one.</summary>
    public static void RequireOneUnlessWritingFiles(IReadOnlyList<InputFile> files, DirectoryInfo? outDir)
    {
        if (files.Count == 0)
        {
            throw new UsageException("No resumes (.pdf, .docx, .txt, .md) found in the given folders.");
        }
        if (outDir is null && files.Count != 1)
        {
            throw new UsageException($"{files.Count} resumes found: name one, or give --out DIR to write one file each.");
        }
    }

    /// <summary>
    /// One line on stderr per failed input, in input order; without an output folder, the single result as JSON on
    /// stdout. Returns the exit code: 0 when every input succeeded, 1 otherwise.
    /// </summary>
    public static async Task<int> ReportAsync<TResult>(
        IReadOnlyList<InputFile> files,
        IReadOnlyList<TResult> results,
        Func<TResult, StageError?> errorOf,
        Func<TResult, object?> outputOf,
        DirectoryInfo? outDir,
        TextWriter stdout,
        TextWriter stderr)
    {
        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (errorOf(results[i]) is { } error)
            {
                failed++;
                await stderr.WriteLineAsync(FailureLine.Format(files[i], error));
            }
            else if (outDir is null)
            {
                await stdout.WriteLineAsync(ResumeJson.Serialize(outputOf(results[i])));
            }
        }
        return failed == 0 ? CliApp.Ok : CliApp.SomeFailed;
    }
}
