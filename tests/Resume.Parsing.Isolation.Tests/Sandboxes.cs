using Microsoft.Extensions.Logging.Abstractions;
using Resume.Model;

namespace Resume.Parsing.Isolation.Tests;

/// <summary>Pools of real parser processes for the tests, and shortcuts to parse bytes in them.</summary>
internal static class Sandboxes
{
    public static ProcessParseSandbox Pool(int processes = 1, Action<ParseIsolationOptions>? configure = null)
    {
        var options = new ParseIsolationOptions();
        configure?.Invoke(options);
        return new ProcessParseSandbox(options, processes, NullLogger<ProcessParseSandbox>.Instance);
    }

    /// <summary>Guards off: the file reaches the reader as if the guards had missed it, which is what the processes are for.</summary>
    public static ProcessParseSandbox Unguarded(Action<ParseIsolationOptions>? configure = null) => Pool(1, options =>
    {
        options.CheckStructure = false;
        configure?.Invoke(options);
    });

    public static async Task<ParseResult> ParseAsync(this IParseSandbox sandbox, byte[] file, CancellationToken cancellationToken = default)
    {
        using var stream = new MemoryStream(file, writable: false);
        return await sandbox.ParseAsync(stream, cancellationToken);
    }

    public static async Task<ResumeDocument> ReadAsync(this IParseSandbox sandbox, byte[] file)
    {
        var result = await sandbox.ParseAsync(file);
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Resume!;
    }
}
