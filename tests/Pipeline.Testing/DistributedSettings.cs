using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Pipeline.Testing;

/// <summary>The distributed mode's settings exactly as <c>scripts/services.sh env</c> prints them.</summary>
public static partial class DistributedSettings
{
    public static IReadOnlyDictionary<string, string> Load()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepoPaths.Root, "scripts", "services.sh"), "env"])
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in ExportLine().Matches(text))
        {
            settings[match.Groups["key"].Value] = match.Groups["value"].Value.Trim('\'', '"');
        }
        return settings.Count > 0 ? settings : throw new InvalidOperationException("scripts/services.sh env printed no settings.");
    }

    [GeneratedRegex(@"^export (?<key>[A-Za-z0-9_]+)=(?<value>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExportLine();
}
