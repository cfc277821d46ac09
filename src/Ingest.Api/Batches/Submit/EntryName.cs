namespace Ingest.Api.Batches.Submit;

/// <summary>
/// An entry's name as the archive (or the form) gives it, judged: folders and system litter are passed over without a
/// word; a name that climbs out of the archive, is absolute, or carries control characters is refused. Backslashes
/// count as separators, as Windows tools write them.
/// </summary>
public static class EntryName
{
    private static readonly HashSet<string> LitterFiles = new(StringComparer.OrdinalIgnoreCase) { ".DS_Store", "Thumbs.db", "desktop.ini" };

    /// <summary>The name with <c>/</c> as its only separator.</summary>
    public static string Normalize(string name) => name.Replace('\\', '/');

    public static bool IsFolder(string name) => Normalize(name).EndsWith('/');

    /// <summary>What macOS and Windows leave in archives: resource forks, folder caches, thumbnails.</summary>
    public static bool IsLitter(string name)
    {
        var segments = Normalize(name).Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length == 0)
        {
            return false;
        }
        var file = segments[^1];
        return segments.Any(s => s.Equals("__MACOSX", StringComparison.OrdinalIgnoreCase))
               || LitterFiles.Contains(file)
               || file.StartsWith("._", StringComparison.Ordinal);
    }

    /// <summary>Why the name cannot be used as given, or null when it can.</summary>
    public static string? Unsafe(string name, int maxLength)
    {
        var normalized = Normalize(name);
        if (normalized.Length == 0)
        {
            return "The entry has no name.";
        }
        if (normalized.Length > maxLength)
        {
            return $"The entry's name is longer than {maxLength} characters.";
        }
        if (normalized.Any(char.IsControl))
        {
            return "The entry's name holds control characters.";
        }
        if (normalized.StartsWith('/') || (normalized.Length >= 2 && normalized[1] == ':' && char.IsAsciiLetter(normalized[0])))
        {
            return "The entry's name is an absolute path; archives hold relative names only.";
        }
        if (normalized.Split('/').Any(s => s == ".."))
        {
            return "The entry's name climbs out of the archive (a '..' segment).";
        }
        return null;
    }
}
