using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Encodings.Web;
using Parse.Holdout.Layouts;

namespace Parse.Holdout;

/// <summary>One rendering of a person: the file name in the case folder and how it is made.</summary>
internal sealed record Unit(string Name, string[] Files, string Producer);

internal sealed record GeneratorOptions(string Out, int Seed, int People, int LayoutsPerPerson, string[]? Only, string ThemesDir);

/// <summary>Makes the people, renders each in a share of the layouts, and writes truth.json + meta.json per case.</summary>
internal sealed class Generator(GeneratorOptions options)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly Unit[] Units =
    [
        new("even", ["even.pdf"], "theme"), new("macchiato", ["macchiato.pdf"], "theme"),
        new("elegant", ["elegant.pdf"], "theme"), new("kendall", ["kendall.pdf"], "theme"),
        new("flat", ["flat.pdf"], "theme"), new("stackoverflow", ["stackoverflow.pdf"], "theme"),
        new("plain-pdf", ["plain.pdf"], "html"), new("plain-docx", ["plain.docx"], "pandoc"), new("plain-txt", ["plain.txt"], "text"),
        new("two-column-pdf", ["two-column.pdf"], "html"), new("two-column-docx", ["two-column.docx"], "pandoc"),
        new("table-pdf", ["table.pdf"], "html"), new("table-docx", ["table.docx"], "pandoc"),
        new("moderncv-classic", ["moderncv-classic.pdf"], "latex"), new("moderncv-banking", ["moderncv-banking.pdf"], "latex"),
        new("swe-latex", ["swe-latex.pdf"], "latex"),
        new("word-tabs", ["word-tabs.docx", "word-tabs.pdf"], "word"), new("word-table", ["word-table.docx", "word-table.pdf"], "word"),
    ];

    private sealed record Job(string Case, string CaseDir, string WorkDir, Resume Resume, Content Content, Unit Unit);

    private readonly ConcurrentDictionary<(string Case, string File), (string Layout, string Renderer)> made = new();

    public int Run()
    {
        var available = Available();
        var random = new Random(options.Seed);
        var work = Path.Combine(Path.GetTempPath(), $"holdout-work-{options.Seed}");
        Directory.CreateDirectory(options.Out);
        Directory.CreateDirectory(work);
        var uses = Units.ToDictionary(u => u.Name, _ => 0);
        var jobs = new List<Job>();
        var people = new List<(string Case, Resume Resume, Family Family, int Level, Style Style)>();
        for (var n = 1; n <= options.People; n++)
        {
            var id = $"case-{options.Seed % 1000:000}-{n:000}";
            var (resume, family, level) = new PersonMaker(random).Make();
            var style = Style.Random(random);
            var content = new Content(resume, style, random);
            var caseDir = Path.Combine(options.Out, id);
            var workDir = Path.Combine(work, id);
            Directory.CreateDirectory(caseDir);
            Directory.CreateDirectory(workDir);
            File.WriteAllText(Path.Combine(caseDir, "truth.json"), JsonSerializer.Serialize(resume, Json));
            File.WriteAllText(Path.Combine(workDir, "resume.json"), JsonSerializer.Serialize(resume, Json));
            var cjk = LatexLayouts.HasCjk(resume);
            var candidates = Units
                .Where(u => available.Contains(u.Producer) && (options.Only is null || options.Only.Contains(u.Name)))
                .Where(u => !(cjk && u.Producer == "latex"))
                .OrderBy(u => uses[u.Name]).ThenBy(_ => random.Next())
                .Take(options.LayoutsPerPerson).ToList();
            foreach (var unit in candidates)
            {
                uses[unit.Name]++;
                jobs.Add(new Job(id, caseDir, workDir, resume, content, unit));
            }
            people.Add((id, resume, family, level, style));
        }

        Console.WriteLine($"seed {options.Seed}: {people.Count} people, {jobs.Sum(j => j.Unit.Files.Length)} files to make in {options.Out}");
        RenderThemes(jobs.Where(j => j.Unit.Producer == "theme").ToList());
        Parallel.ForEach(jobs.Where(j => j.Unit.Producer is "html" or "pandoc" or "text" or "latex"),
            new ParallelOptions { MaxDegreeOfParallelism = 2 }, RenderOwn);
        RenderWord(jobs.Where(j => j.Unit.Producer == "word").ToList(), work);

        foreach (var (id, resume, family, level, style) in people)
        {
            WriteMeta(id, resume, family, level, style);
        }
        var count = made.Count;
        Console.WriteLine($"made {count} files for {people.Count} people");
        return count > 0 ? 0 : 1;
    }

    private static HashSet<string> Available()
    {
        var set = new HashSet<string> { "text" };
        if (Tools.Exists("chromium")) set.Add("html");
        if (Tools.Exists("chromium") && Tools.Exists("node")) set.Add("theme");
        if (Tools.Exists("pandoc")) set.Add("pandoc");
        if (Tools.Exists("pdflatex") && Tools.Exists("xelatex") && Tools.Exists("lualatex")
            && Tools.Run("kpsewhich", ["moderncv.cls", "fontawesome5.sty"]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length == 2)
        {
            set.Add("latex");
        }
        set.Add("word"); // DOCX always; its PDF only with LibreOffice
        foreach (var missing in new[] { "html", "theme", "pandoc", "latex" }.Where(p => !set.Contains(p)))
        {
            Console.Error.WriteLine($"skipping {missing} layouts: their producer is not installed");
        }
        return set;
    }

    private void RenderThemes(List<Job> jobs)
    {
        if (jobs.Count == 0)
        {
            return;
        }
        if (!Directory.Exists(Path.Combine(options.ThemesDir, "node_modules")))
        {
            var (code, output) = Tools.Run("npm", ["install", "--no-audit", "--no-fund"], options.ThemesDir, 600);
            if (code != 0)
            {
                Console.Error.WriteLine($"npm install failed, no theme layouts: {output}");
                return;
            }
        }
        var args = new List<string> { "render.mjs" };
        foreach (var j in jobs)
        {
            args.AddRange([j.Unit.Name, Path.Combine(j.WorkDir, "resume.json"), Path.Combine(j.WorkDir, j.Unit.Name + ".html")]);
        }
        var (rc, log) = Tools.Run("node", args, options.ThemesDir, 600);
        if (rc != 0)
        {
            Console.Error.WriteLine(log);
        }
        var versions = jobs.Select(j => j.Unit.Name).Distinct().ToDictionary(t => t, ThemeVersion);
        Parallel.ForEach(jobs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, j =>
        {
            var html = Path.Combine(j.WorkDir, j.Unit.Name + ".html");
            var pdf = Path.Combine(j.CaseDir, j.Unit.Files[0]);
            if (File.Exists(html) && Tools.PrintPdf(html, pdf))
            {
                made[(j.Case, j.Unit.Files[0])] = (j.Unit.Name, $"jsonresume-theme-{j.Unit.Name}@{versions[j.Unit.Name]} + chromium");
            }
        });
    }

    private string ThemeVersion(string theme)
    {
        var path = Path.Combine(options.ThemesDir, "node_modules", $"jsonresume-theme-{theme}", "package.json");
        return File.Exists(path) ? JsonNode.Parse(File.ReadAllText(path))?["version"]?.GetValue<string>() ?? "?" : "?";
    }

    private void RenderOwn(Job j)
    {
        var file = j.Unit.Files[0];
        var layout = file[..file.IndexOf('.')];
        var target = Path.Combine(j.CaseDir, file);
        switch (j.Unit.Producer)
        {
            case "text":
                File.WriteAllText(target, TextLayout.Render(j.Content, new Random(j.Case.GetHashCode(StringComparison.Ordinal) ^ 17)));
                made[(j.Case, file)] = (layout, "Parse.Holdout TextLayout");
                break;
            case "html":
            case "pandoc":
                var html = Path.Combine(j.WorkDir, layout + ".html");
                File.WriteAllText(html, layout switch
                {
                    "plain" => HtmlLayouts.Plain(j.Content),
                    "two-column" => HtmlLayouts.TwoColumn(j.Content),
                    _ => HtmlLayouts.Table(j.Content),
                });
                if (j.Unit.Producer == "html")
                {
                    if (Tools.PrintPdf(html, target))
                    {
                        made[(j.Case, file)] = (layout, $"Parse.Holdout HtmlLayouts {layout} + chromium");
                    }
                }
                else
                {
                    var (code, output) = Tools.Run("pandoc", ["-f", "html", "-t", "docx", "-o", target, html]);
                    if (code == 0)
                    {
                        made[(j.Case, file)] = (layout, $"Parse.Holdout HtmlLayouts {layout} + {Tools.Version("pandoc")}");
                    }
                    else
                    {
                        Console.Error.WriteLine($"pandoc failed for {html}: {output}");
                    }
                }
                break;
            case "latex":
                RenderLatex(j, layout, target);
                break;
        }
    }

    private void RenderLatex(Job j, string layout, string target)
    {
        var otherScript = LatexLayouts.NeedsUnicodeEngine(j.Resume);
        var pick = new Random(j.Case.GetHashCode(StringComparison.Ordinal)).Next(2);
        var (engine, source) = layout switch
        {
            "moderncv-classic" => otherScript ? ("xelatex", LatexLayouts.ModernCv(j.Content, "classic", true, true)) : ("pdflatex", LatexLayouts.ModernCv(j.Content, "classic", false, false)),
            "moderncv-banking" => ("xelatex", LatexLayouts.ModernCv(j.Content, "banking", true, otherScript)),
            _ => otherScript || pick == 1 ? ("lualatex", LatexLayouts.Engineering(j.Content, true)) : ("pdflatex", LatexLayouts.Engineering(j.Content, false)),
        };
        var dir = Path.Combine(j.WorkDir, layout);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "cv.tex"), source);
        var (code, output) = Tools.Run(engine, ["-interaction=nonstopmode", "-halt-on-error", "cv.tex"], dir, 180);
        var pdf = Path.Combine(dir, "cv.pdf");
        if (code != 0 || !File.Exists(pdf))
        {
            Console.Error.WriteLine($"{engine} failed for {j.Case} {layout}: {string.Join('\n', output.Split('\n').Where(l => l.StartsWith('!')).Take(3))}");
            return;
        }
        File.Copy(pdf, target, true);
        made[(j.Case, Path.GetFileName(target))] = (layout, $"Parse.Holdout LatexLayouts {layout} + {Tools.Version(engine)}");
    }

    private void RenderWord(List<Job> jobs, string work)
    {
        var lo = Path.Combine(work, "libreoffice");
        Directory.CreateDirectory(lo);
        var inputs = new List<(Job Job, string Docx, string Staged)>();
        foreach (var j in jobs)
        {
            var docx = Path.Combine(j.CaseDir, j.Unit.Files[0]);
            File.WriteAllBytes(docx, WordLayouts.Render(j.Content, tables: j.Unit.Name == "word-table"));
            made[(j.Case, j.Unit.Files[0])] = (j.Unit.Name, "Parse.Holdout WordLayouts + DocumentFormat.OpenXml");
            var staged = Path.Combine(lo, $"{j.Case}__{j.Unit.Files[0]}");
            File.Copy(docx, staged, true);
            inputs.Add((j, docx, staged));
        }
        if (inputs.Count == 0 || !Tools.Exists("soffice"))
        {
            return;
        }
        var version = Tools.Version("soffice");
        // One LibreOffice start converts every document: starting it costs more than a conversion.
        foreach (var batch in inputs.Chunk(40))
        {
            var args = new List<string> { "--headless", "--norestore", "--convert-to", "pdf", "--outdir", lo };
            args.AddRange(batch.Select(b => b.Staged));
            var (code, output) = Tools.Run("soffice", args, lo, 900);
            if (code != 0)
            {
                Console.Error.WriteLine($"libreoffice: {output}");
            }
        }
        foreach (var (j, _, staged) in inputs)
        {
            var pdf = Path.ChangeExtension(staged, ".pdf");
            if (File.Exists(pdf))
            {
                File.Copy(pdf, Path.Combine(j.CaseDir, j.Unit.Files[1]), true);
                made[(j.Case, j.Unit.Files[1])] = (j.Unit.Name, $"Parse.Holdout WordLayouts + DocumentFormat.OpenXml + {version} --convert-to pdf");
            }
        }
    }

    private void WriteMeta(string id, Resume resume, Family family, int level, Style style)
    {
        var files = new JsonObject();
        foreach (var ((caseId, file), (layout, renderer)) in made.Where(m => m.Key.Case == id).OrderBy(m => m.Key.File, StringComparer.Ordinal))
        {
            var format = Path.GetExtension(file).TrimStart('.');
            var unscored = format == "pdf" ? Visibility.Unscored(resume, Path.Combine(options.Out, caseId, file)) : [];
            files[file] = new JsonObject
            {
                ["layout"] = layout,
                ["format"] = format,
                ["renderer"] = renderer,
                ["unscored"] = new JsonArray(unscored.Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()),
            };
        }
        var meta = new JsonObject
        {
            ["id"] = id,
            ["split"] = "holdout",
            ["family"] = family.Id,
            ["level"] = level,
            ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture),
            ["style"] = JsonSerializer.SerializeToNode(style, Json),
            ["files"] = files,
        };
        File.WriteAllText(Path.Combine(options.Out, id, "meta.json"), meta.ToJsonString(Json));
    }
}
