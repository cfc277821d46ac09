namespace LineRoles;

/// <summary>One rendered file of the styles corpus with the person it shows.</summary>
internal sealed record CorpusFile(string Path, string CaseId, string Seed, string Style, bool Check, string TruthPath)
{
    public string Family => Families.Of(Style);

    /// <summary>Every file of every case folder (truth.json + meta.json + the rendered files) under the given roots.</summary>
    public static List<CorpusFile> Read(IEnumerable<string> roots)
    {
        var files = new List<CorpusFile>();
        foreach (var root in roots)
        {
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
                foreach (var file in meta.RootElement.GetProperty("files").EnumerateObject().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    var path = System.IO.Path.Combine(dir, file.Name);
                    if (File.Exists(path))
                    {
                        files.Add(new CorpusFile(path, id, seed, file.Value.GetProperty("layout").GetString()!,
                            file.Value.TryGetProperty("check", out var c) && c.GetBoolean(), truthPath));
                    }
                }
            }
        }
        return files;
    }
}
