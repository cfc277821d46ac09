namespace Pipeline.Testing;

/// <summary>Where the repository and the built services are, seen from a test's output folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The configuration the tests were built in (Debug or Release); the services are taken from the same.</summary>
    public static string Configuration { get; } = FindConfiguration();

    /// <summary>The built entry assembly of a service under <c>src/</c>.</summary>
    public static string ServiceDll(string project)
    {
        var path = Path.Combine(Root, "src", project, "bin", Configuration, "net10.0", $"{project}.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"{project} is not built ({path}); build the solution first.", path);
    }

    /// <summary>The built command line (<c>pipeline.dll</c>).</summary>
    public static string CliDll()
    {
        var path = Path.Combine(Root, "src", "Pipeline.Cli", "bin", Configuration, "net10.0", "pipeline.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"The command line is not built ({path}).", path);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Pipeline.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Pipeline.sln not found above " + AppContext.BaseDirectory);
    }

    private static string FindConfiguration()
    {
        var parts = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(parts, "bin");
        return bin >= 0 && bin + 1 < parts.Length ? parts[bin + 1] : "Debug";
    }
}
