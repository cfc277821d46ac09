using System.Globalization;
using Microsoft.Extensions.Logging.Abstractions;
using Resume.Parsing.Isolation;

namespace Pipeline.Cli.Commands;

/// <summary>
/// Where every verb parses: a pool of one parser process per core, as the services do with their own pool size. The
/// <c>Parsing__*</c> environment variables the services read apply here too.
/// </summary>
internal static class CliSandbox
{
    public static IParseSandbox Create()
    {
        try
        {
            return ParseSandbox.Create(FromEnvironment(), Environment.ProcessorCount, NullLoggerFactory.Instance);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            throw new UsageException($"A {ParseIsolationOptions.Section}__* environment variable is not valid: {e.Message}");
        }
    }

    private static ParseIsolationOptions FromEnvironment()
    {
        var options = new ParseIsolationOptions();
        if (Setting(nameof(ParseIsolationOptions.Isolation)) is { } isolation)
        {
            options.Isolation = Enum.Parse<IsolationMode>(isolation, ignoreCase: true);
        }
        if (Setting(nameof(ParseIsolationOptions.Processes)) is { } processes)
        {
            options.Processes = int.Parse(processes, CultureInfo.InvariantCulture);
        }
        if (Setting(nameof(ParseIsolationOptions.MemoryLimitMB)) is { } memory)
        {
            options.MemoryLimitMB = int.Parse(memory, CultureInfo.InvariantCulture);
        }
        if (Setting(nameof(ParseIsolationOptions.Timeout)) is { } timeout)
        {
            options.Timeout = TimeSpan.Parse(timeout, CultureInfo.InvariantCulture);
        }
        if (Setting(nameof(ParseIsolationOptions.CheckStructure)) is { } check)
        {
            options.CheckStructure = bool.Parse(check);
        }
        return options;
    }

    private static string? Setting(string name) =>
        Environment.GetEnvironmentVariable($"{ParseIsolationOptions.Section}__{name}") is { Length: > 0 } value ? value : null;
}
