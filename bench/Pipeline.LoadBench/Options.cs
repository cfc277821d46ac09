using System.Globalization;

namespace Pipeline.LoadBench;

/// <summary><c>--name value</c> options.</summary>
public static class Options
{
    public static string? Get(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public static int Int(string[] args, string name, int fallback) =>
        Get(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public static double Double(string[] args, string name, double fallback) =>
        Get(args, name) is { } value ? double.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
