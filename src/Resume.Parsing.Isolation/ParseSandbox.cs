using Microsoft.Extensions.Logging;

namespace Resume.Parsing.Isolation;

public static class ParseSandbox
{
    /// <summary>
    /// The sandbox the settings ask for. <paramref name="defaultProcesses"/> is the mode's pool size when
    /// <c>Parsing:Processes</c> is 0: the stage's concurrency in the hosts, the core count in the CLI.
    /// </summary>
    public static IParseSandbox Create(ParseIsolationOptions options, int defaultProcesses, ILoggerFactory loggers) =>
        options.Isolation == IsolationMode.None
            ? new InProcessParseSandbox(options.ToParserOptions())
            : new ProcessParseSandbox(options, options.Processes > 0 ? options.Processes : Math.Max(1, defaultProcesses),
                loggers.CreateLogger<ProcessParseSandbox>());
}
