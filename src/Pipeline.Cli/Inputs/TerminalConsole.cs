using Spectre.Console;

namespace Pipeline.Cli.Inputs;

/// <summary>
/// The console the long-running verbs (<c>scan</c>, <c>submit</c>) draw on: live bars and colours on a real terminal,
/// plain wide lines when the output goes to a file or a pipe.
/// </summary>
internal static class TerminalConsole
{
    /// <summary>Live output only on a real terminal: the process's own stdout, not redirected.</summary>
    public static bool IsLive(TextWriter stdout) => ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;

    public static IAnsiConsole Create(TextWriter stdout, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
        if (!interactive)
        {
            // Logs have no width: keep file names and reasons on one row.
            console.Profile.Width = 200;
        }
        return console;
    }
}
