namespace Parse.Styles;

/// <summary>The typst/ folder (package.json + render.mjs) beside this project's source; its node_modules holds the
/// Typst compiler once install-producers.sh has run.</summary>
internal static class TypstDir
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "typst", "render.mjs");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }
        return Path.Combine(Environment.CurrentDirectory, "bench", "Parse.Styles", "typst");
    }

    public static bool Installed() => Directory.Exists(Path.Combine(Find(), "node_modules", "@myriaddreamin", "typst-ts-node-compiler"));
}
