using System.CommandLine;
using Pipeline.Cli.Commands;

namespace Pipeline.Cli;

/// <summary>The verbs and the exit-code contract: 0 all inputs succeeded, 1 any failed, 2 bad usage.</summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int SomeFailed = 1;
    public const int BadUsage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Resume Pipeline: an ATS resume scanner.")
        {
            ParseCommand.Create(stdout, stderr),
            ScoreCommand.Create(stdout, stderr),
            ScanCommand.Create(stdout, stderr),
            SubmitCommand.Create(stdout, stderr),
        };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                await stderr.WriteLineAsync(error.Message);
            }
            await stderr.WriteLineAsync("Run with --help to see the usage.");
            return BadUsage;
        }

        try
        {
            // Without this, System.CommandLine reports a UsageException itself as a crash with exit code 1.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (UsageException e)
        {
            await stderr.WriteLineAsync(e.Message);
            return BadUsage;
        }
    }
}

/// <summary>The arguments parse, but do not make sense together (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);
