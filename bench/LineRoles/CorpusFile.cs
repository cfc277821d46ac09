namespace LineRoles;

/// <summary>One file of a case folder (the styles corpus or a set of real resumes) with the person it shows.</summary>
/// <param name="Root">The folder of cases it came from: a corpus render or one set of real resumes.</param>
/// <param name="Real">A real resume (a set whose meta says <c>"split": "study"</c> or anything but the generator's
/// <c>"styles"</c>): its layout is its own, so a whole set is held out at once, never a style family.</param>
internal sealed record CorpusFile(string Path, string CaseId, string Seed, string Style, bool Check, string TruthPath, string Root, bool Real)
{
    public string Family => Real ? "set:" + Root : Families.Of(Style);

    /// <summary>Every file of every case folder (truth.json + meta.json + the rendered files) under the given roots.</summary>
    public static List<CorpusFile> Read(IEnumerable<string> roots)
    {
        var files = new List<CorpusFile>();
        foreach (var root in roots)
        {
            var rootName = System.IO.Path.GetFileName(System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(root)));
            foreach (var dir in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
            {
                var metaPath = System.IO.Path.Combine(dir, "meta.json");
                var truthPath = System.IO.Path.Combine(dir, "truth.json");
                if (!File.Exists(metaPath) || !File.Exists(truthPath))
                {
                    continue;
                }
                using var meta = System.Text.Json.JsonDocument.Parse(File.ReadAllText(metaPath));
                var id = meta.RootElement.GetProperty("id").GetString()!;
                var seed = meta.RootElement.TryGetProperty("seed", out var s) ? s.ToString() : "";
                var real = !(meta.RootElement.TryGetProperty("split", out var sp) && sp.GetString() == "styles");
                foreach (var file in meta.RootElement.GetProperty("files").EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    var path = System.IO.Path.Combine(dir, file.Name);
                    if (File.Exists(path))
                    {
                        // Real sets number their cases alike ("case-01" in every set): the set makes the person.
                        files.Add(new CorpusFile(path, real ? $"{rootName}/{id}" : id, seed, file.Value.GetProperty("layout").GetString()!,
                            file.Value.TryGetProperty("check", out var c) && c.GetBoolean(), truthPath, rootName, real));
                    }
                }
            }
        }
        return files;
    }
}
