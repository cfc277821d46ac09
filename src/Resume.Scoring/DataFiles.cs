using System.Text.Json;
using System.Text.Json.Serialization;

namespace Resume.Scoring;

/// <summary>Reads the scorer's JSON data (guides, taxonomy) strictly: unknown fields are errors, so a typo is caught on load.</summary>
internal static class DataFiles
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
    };

    public static T Read<T>(Stream json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, Options)
                ?? throw new ScoringDataException(source, "$", "the file is empty.");
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (line {line + 1})" : "";
            throw new ScoringDataException(source, e.Path ?? "$", $"{FirstSentence(e.Message)}{where}");
        }
    }

    /// <summary>Embedded files under <paramref name="folder"/>, ordered by name so loading is deterministic.</summary>
    public static IEnumerable<(string Name, Stream Content)> Embedded(string folder)
    {
        var assembly = typeof(DataFiles).Assembly;
        var prefix = $"{assembly.GetName().Name}.{folder}.";
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (name[prefix.Length..], assembly.GetManifestResourceStream(name)!);
        }
    }

    public static Stream EmbeddedFile(string folder, string fileName) =>
        typeof(DataFiles).Assembly.GetManifestResourceStream($"{typeof(DataFiles).Assembly.GetName().Name}.{folder}.{fileName}")
        ?? throw new InvalidOperationException($"The embedded file {folder}/{fileName} is missing from {typeof(DataFiles).Assembly.GetName().Name}.");

    // System.Text.Json appends path and position details we already report in our own words.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
