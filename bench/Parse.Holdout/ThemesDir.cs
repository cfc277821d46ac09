namespace Parse.Holdout;

/// <summary>The themes/ folder (package.json + render.mjs) beside this project's source.</summary>
internal static class ThemesDir
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "themes", "render.mjs");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }
        return Path.Combine(Environment.CurrentDirectory, "bench", "Parse.Holdout", "themes");
    }
}
