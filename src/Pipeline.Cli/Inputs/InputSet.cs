namespace Pipeline.Cli.Inputs;

/// <summary>Turns the files and folders on the command line into the resumes to process.</summary>
public static class InputSet
{
    /// <summary>Extensions searched for inside folders (documents, and photos or scans read with OCR); a file named
    /// directly is taken whatever its name.</summary>
    public static readonly IReadOnlySet<string> ResumeExtensions =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".pdf", ".docx", ".txt", ".md", ".jpg", ".jpeg", ".png" };

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

    /// <summary>
    /// Outputs are named by relative path, so two inputs with the same one (<c>a/cv.pdf</c> and <c>b/cv.pdf</c> named as
    /// folders <c>a</c> and <c>b</c>) would overwrite each other's results: refuse rather than lose one.
    /// </summary>
    public static void RequireDistinctOutputs(IReadOnlyList<InputFile> files)
    {
        var clash = files.GroupBy(f => f.RelativePath, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new UsageException(
                $"{string.Join(" and ", clash.Select(f => f.Path))} would both write their results as {clash.Key}.*: " +
                "name the folder that holds them both instead.");
        }
    }
}
