using System.CommandLine;
using Pipeline.Cli.Inputs;
using Resume.Model;
using Resume.Parsing;
using ParseResult = Resume.Parsing.ParseResult;

namespace Pipeline.Cli.Commands;

/// <summary><c>parse INPUT… [--out DIR]</c>: JSON Resume for each input.</summary>
public static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output("Folder for <input>.json files; without it, a single input prints to stdout.");
        var command = new Command("parse", "Parse resumes (PDF, DOCX, TXT, Markdown) into JSON Resume.") { inputs, output };
        command.SetAction((result, ct) => RunAsync(
            result.GetRequiredValue(inputs), result.GetValue(output), stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DirectoryInfo? outDir, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var files = InputSet.Expand(paths);
        if (files.Count == 0)
        {
            throw new UsageException("No resumes (.pdf, .docx, .txt, .md) found in the given folders.");
        }
        if (outDir is null && files.Count != 1)
        {
            throw new UsageException($"{files.Count} resumes found: name one, or give --out DIR to write one file each.");
        }

        var parser = new ResumeParser();
        var results = await ParallelRunner.RunAsync(files, (file, token) =>
        {
            var result = ParseFile(parser, file, token);
            if (outDir is not null && result.Resume is not null)
            {
                OutputFiles.WriteText(file.OutputPath(outDir.FullName, ".json"), ResumeJson.Serialize(result.Resume));
            }
            return result;
        }, cancellationToken: ct);

        var failed = 0;
        for (var i = 0; i < files.Count; i++)
        {
            if (results[i].Error is { } error)
            {
                failed++;
                await stderr.WriteLineAsync(FailureLine.Format(files[i], error));
            }
            else if (outDir is null)
            {
                await stdout.WriteLineAsync(ResumeJson.Serialize(results[i].Resume));
            }
        }
        return failed == 0 ? CliApp.Ok : CliApp.SomeFailed;
    }

    internal static ParseResult ParseFile(ResumeParser parser, InputFile file, CancellationToken ct)
    {
        try
        {
            using var stream = File.OpenRead(file.Path);
            return parser.Parse(stream, ct);
        }
        catch (IOException e)
        {
            return ParseResult.Failure(ErrorCodes.Corrupt, $"The file could not be read: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            return ParseResult.Failure(ErrorCodes.Corrupt, $"The file could not be read: {e.Message}");
        }
    }
}
