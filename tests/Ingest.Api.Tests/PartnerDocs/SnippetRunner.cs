using System.Diagnostics;
using Pipeline.Testing;

namespace Ingest.Api.Tests.PartnerDocs;

/// <summary>Runs a docs snippet as a partner would, with a callback's headers and a secret in its environment.</summary>
public static class SnippetRunner
{
    /// <summary>Where the npm packages the docs name are installed (<c>./test.sh</c> runs <c>npm ci</c> there).</summary>
    public static string ToolsFolder => Path.Combine(RepoPaths.Root, "tests", "partner-tools");

    public static string Redocly => Path.Combine(ToolsFolder, "node_modules", ".bin", "redocly");

    public static void RequireTools()
    {
        Assert.True(Directory.Exists(Path.Combine(ToolsFolder, "node_modules", "standardwebhooks")) && File.Exists(Redocly),
            $"The partner tools are not installed: run 'npm ci --prefix {ToolsFolder}' (./test.sh does).");
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(
        string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not end within 3 minutes.");
        }
        return (process.ExitCode, await output + await error);
    }

    /// <summary>The environment the snippets read: the callback's three headers and the secret to verify with.</summary>
    public static Dictionary<string, string> Environment(ReceivedCallback callback, string secret) => new()
    {
        ["WEBHOOK_ID"] = callback.WebhookId!,
        ["WEBHOOK_TIMESTAMP"] = callback.Timestamp!,
        ["WEBHOOK_SIGNATURE"] = callback.Signature!,
        ["WEBHOOK_SECRET"] = secret,
    };
}
