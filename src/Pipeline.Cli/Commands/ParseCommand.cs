using System.CommandLine;
using Pipeline.Cli.Inputs;
using Resume.Model;
using Resume.Parsing.Isolation;
using ParseResult = Resume.Parsing.ParseResult;

namespace Pipeline.Cli.Commands;

/// <summary><c>parse INPUT… [--out DIR]</c>: JSON Resume for each input.</summary>
public static class ParseCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var inputs = CommonOptions.Inputs();
        var output = CommonOptions.Output("Folder for <input>.json files; without it, a single input prints to stdout.");
        var command = new Command("parse", "Parse resumes (PDF, DOCX, TXT, Markdown; JPEG and PNG photos or scans with OCR) into JSON Resume.") { inputs, output };
        command.SetAction((result, ct) => RunAsync(
            result.GetRequiredValue(inputs), result.GetValue(output), stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(string[] paths, DirectoryInfo? outDir, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var files = InputSet.Expand(paths);
        StageOutputs.RequireOneUnlessWritingFiles(files, outDir);

        using var parser = CliSandbox.Create();
        var results = await ParallelRunner.RunAsync(files, async (file, token) =>
        {
            var result = await ParseFileAsync(parser, file, token);
            if (outDir is not null && result.Resume is not null)
            {
                OutputFiles.WriteText(file.OutputPath(outDir.FullName, ".json"), ResumeJson.Serialize(result.Resume));
            }
            return result;
        }, cancellationToken: ct);

        return await StageOutputs.ReportAsync(files, results, r => r.Error, r => r.Resume, outDir, stdout, stderr);
    }

    internal static async Task<ParseResult> ParseFileAsync(IParseSandbox parser, InputFile file, CancellationToken ct)
    {
        try
        {
            await using var stream = File.OpenRead(file.Path);
            return await parser.ParseAsync(stream, ct);
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
