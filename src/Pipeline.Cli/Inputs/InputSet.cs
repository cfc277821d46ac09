namespace Pipeline.Cli.Inputs;

/// <summary>Turns the files and folders on the command line into the resumes to process.</summary>
public static class InputSet
{
    /// <summary>Extensions searched for inside folders; a file named directly is taken whatever its name.</summary>
    public static readonly IReadOnlySet<string> ResumeExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".md" };

    public static IReadOnlyList<InputFile> Expand(IEnumerable<string> inputs)
    {
        var files = new List<InputFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (File.Exists(input))
            {
                Add(Path.GetFullPath(input), Path.GetFileName(input));
            }
            else if (Directory.Exists(input))
            {
                var root = Path.GetFullPath(input);
                var found = Directory
                    .EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
                    .Where(f => ResumeExtensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    Add(file, Path.GetRelativePath(root, file));
                }
            }
            else
            {
                throw new UsageException($"{input}: no such file or folder.");
            }
        }
        return files;

        void Add(string path, string relative)
        {
            if (seen.Add(path))
            {
                files.Add(new InputFile(path, relative));
            }
        }
    }
}
