using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Parse.Holdout;
using Parse.Holdout.Layouts;
using Resume.Model;
using Resume.Parsing;
using HoldoutResume = Parse.Holdout.Resume;

namespace Parse.Styles;

internal sealed record StyleRunOptions(string Out, int Seed, int People, int PerPerson, string[]? Only, string Scorer, bool RenderOnly, bool ScoreOnly);

/// <summary>Makes the people, renders each in a share of the styles with the real producers, writes truth.json and
/// meta.json per case (the development set's format), then parses every file and prints the scorer's F1 per style.</summary>
internal sealed partial class StyleRun(StyleRunOptions options)
{
    private sealed record Job(string Case, string CaseDir, string WorkDir, HoldoutResume Resume, Content Content, Template Template, int Seed);

    private readonly ConcurrentDictionary<(string Case, string File), Template> made = new();

    /// <summary>People per kind of person (student, nurse...), each rendered in every style written for that kind; the
    /// kinds spanning many fields (<see cref="Careers"/>) get more, so that more fields show per seed.</summary>
    private static int ShapedPeople(string shape) => shape switch
    {
        Careers.Career => 6,
        Careers.Graduate => 4,
        Careers.Mixed => 5,
        Careers.Studied => 5,
        _ => 3,
    };

    public int Run()
    {
        if (!options.ScoreOnly)
        {
            Render();
        }
        return options.RenderOnly ? 0 : Score();
    }

    private void Render()
    {
        var templates = Catalog.All.Where(t => options.Only is null || options.Only.Contains(t.Name)).ToList();
        var missing = templates.SelectMany(t => t.Tools).Distinct().Where(tool => !Tools.Exists(tool)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"not installed, their styles are skipped: {string.Join(", ", missing)} (scripts: bench/Parse.Styles/install-producers.sh)");
            templates = templates.Where(t => !t.Tools.Intersect(missing).Any()).ToList();
        }
        if (templates.Any(t => t.Producer == "typst") && !TypstDir.Installed())
        {
            Console.Error.WriteLine($"the Typst compiler is not installed in {TypstDir.Find()}, its styles are skipped (scripts: bench/Parse.Styles/install-producers.sh)");
            templates = templates.Where(t => t.Producer != "typst").ToList();
        }
        // Styles written for one kind of person get their own people, drawn from another random stream, so the
        // corpus's people and their styles stay what they were when such styles are added.
        var shaped = templates.Where(t => t.Shape is not null).ToList();
        templates = templates.Where(t => t.Shape is null).ToList();
        var random = new Random(options.Seed);
        var work = Path.Combine(Path.GetTempPath(), $"styles-work-{options.Seed}");
        Directory.CreateDirectory(options.Out);
        Directory.CreateDirectory(work);
        var uses = templates.ToDictionary(t => t.Name, _ => 0);
        var jobs = new List<Job>();
        var people = new List<(string Case, HoldoutResume Resume)>();
        for (var n = 1; n <= options.People; n++)
        {
            var id = $"style-{options.Seed % 1000:000}-{n:000}";
            var resume = People.Make(random);
            var content = new Content(resume, Parse.Holdout.Style.Random(random), random);
            var caseDir = Path.Combine(options.Out, id);
            var workDir = Path.Combine(work, id);
            Directory.CreateDirectory(caseDir);
            Directory.CreateDirectory(workDir);
            File.WriteAllText(Path.Combine(caseDir, "truth.json"), JsonSerializer.Serialize(resume, Generator.Json));
            var cjk = LatexLayouts.HasCjk(resume);
            foreach (var template in templates.Where(t => !(cjk && IsTex(t))).OrderBy(t => uses[t.Name]).ThenBy(_ => random.Next()).Take(options.PerPerson))
            {
                uses[template.Name]++;
                jobs.Add(new Job(id, caseDir, workDir, resume, content, template, random.Next()));
            }
            people.Add((id, resume));
        }
        var shapedRandom = new Random(options.Seed * 7919 + 17);
        foreach (var shape in shaped.Select(t => t.Shape!).Distinct())
        {
            for (var n = 1; n <= ShapedPeople(shape); n++)
            {
                var id = $"{shape}-{options.Seed % 1000:000}-{n:000}";
                HoldoutResume Make() => shape is Careers.Career or Careers.Graduate or Careers.Mixed or Careers.Studied ? Careers.Make(shape, shapedRandom) : Shapes.Make(shape, shapedRandom);
                var resume = Make();
                while (LatexLayouts.HasCjk(resume))
                {
                    resume = Make();
                }
                var content = new Content(resume, Parse.Holdout.Style.Random(shapedRandom), shapedRandom);
                var caseDir = Path.Combine(options.Out, id);
                var workDir = Path.Combine(work, id);
                Directory.CreateDirectory(caseDir);
                Directory.CreateDirectory(workDir);
                File.WriteAllText(Path.Combine(caseDir, "truth.json"), JsonSerializer.Serialize(resume, Generator.Json));
                jobs.AddRange(shaped.Where(t => t.Shape == shape).Select(t => new Job(id, caseDir, workDir, resume, content, t, shapedRandom.Next())));
                people.Add((id, resume));
            }
        }
        Console.WriteLine($"seed {options.Seed}: {people.Count} people, {jobs.Count} files in {templates.Count + shaped.Count} styles to make in {options.Out}");
        Parallel.ForEach(jobs.Where(j => j.Template.Producer != "libreoffice"), new ParallelOptions { MaxDegreeOfParallelism = 2 }, Produce);
        PrintWithLibreOffice(jobs.Where(j => j.Template.Producer == "libreoffice").ToList(), work);
        foreach (var (id, resume) in people)
        {
            WriteMeta(id, resume);
        }
        Console.WriteLine($"made {made.Count} of {jobs.Count} files");
    }

    // Typst is given no CJK font either.
    private static bool IsTex(Template t) => t.Producer is "pdflatex" or "xelatex" or "lualatex" or "pandoc-latex" or "typst";

    private void Produce(Job j)
    {
        var target = Path.Combine(j.CaseDir, j.Template.File);
        var source = j.Template.Render(j.Content, new Random(j.Seed));
        var stem = Path.Combine(j.WorkDir, j.Template.Name);
        var ok = false;
        switch (j.Template.Producer)
        {
            case "chromium":
                File.WriteAllText(stem + ".html", source.Text);
                ok = Tools.PrintPdf(stem + ".html", target);
                break;
            case "wkhtmltopdf":
                File.WriteAllText(stem + ".html", source.Text);
                ok = Ran(Tools.Run("wkhtmltopdf", ["--quiet", "--enable-local-file-access", "-s", "A4", stem + ".html", target]), target);
                break;
            case "pandoc-wkhtml":
                File.WriteAllText(stem + ".md", source.Text);
                ok = Ran(Tools.Run("pandoc", ["-s", "--metadata", "pagetitle=Resume", "-o", stem + ".html", stem + ".md"]), stem + ".html")
                    && Ran(Tools.Run("wkhtmltopdf", ["--quiet", "--enable-local-file-access", "-s", "A4", stem + ".html", target]), target);
                break;
            case "pandoc-docx":
                File.WriteAllText(stem + ".md", source.Text);
                ok = Ran(Tools.Run("pandoc", ["-o", target, stem + ".md"]), target);
                break;
            case "pandoc-latex":
                File.WriteAllText(stem + ".md", source.Text);
                var engine = source.Engine ?? "pdflatex";
                List<string> args = ["-N", "--pdf-engine=" + engine, "-V", "geometry:margin=2cm", "-o", target, stem + ".md"];
                if (engine != "pdflatex") args.InsertRange(0, ["-V", "mainfont=DejaVu Serif"]);
                ok = Ran(Tools.Run("pandoc", args, j.WorkDir, 180), target);
                break;
            case "pdflatex" or "xelatex" or "lualatex":
                ok = Latex(source.Engine ?? j.Template.Producer, source.Text, stem, target);
                break;
            case "typst":
                File.WriteAllText(stem + ".typ", source.Text);
                ok = Ran(Tools.Run("node", [Path.Combine(TypstDir.Find(), "render.mjs"), stem + ".typ", target], j.WorkDir), target);
                break;
            case "docx":
                File.WriteAllBytes(target, source.Bytes!);
                ok = true;
                break;
            case "text" or "markdown":
                File.WriteAllText(target, source.Text);
                ok = true;
                break;
        }
        if (ok)
        {
            made[(j.Case, j.Template.File)] = j.Template;
        }
    }

    private static bool Ran((int Code, string Output) run, string file)
    {
        if (run.Code != 0 || !File.Exists(file))
        {
            Console.Error.WriteLine($"failed making {file}: {string.Join(' ', run.Output.Split('\n').Where(l => l.StartsWith('!') || l.Contains("rror", StringComparison.Ordinal)).Take(3))}");
            return false;
        }
        return true;
    }

    private static bool Latex(string engine, string source, string stem, string target)
    {
        Directory.CreateDirectory(stem);
        File.WriteAllText(Path.Combine(stem, "cv.tex"), source);
        var run = Tools.Run(engine, ["-interaction=nonstopmode", "-halt-on-error", "cv.tex"], stem, 240);
        var pdf = Path.Combine(stem, "cv.pdf");
        if (!Ran(run, pdf))
        {
            return false;
        }
        File.Copy(pdf, target, true);
        return true;
    }

    private void PrintWithLibreOffice(List<Job> jobs, string work)
    {
        if (jobs.Count == 0)
        {
            return;
        }
        var lo = Path.Combine(work, "libreoffice");
        Directory.CreateDirectory(lo);
        var staged = new List<(Job Job, string Docx)>();
        foreach (var j in jobs)
        {
            var docx = Path.Combine(lo, $"{j.Case}__{j.Template.Name}.docx");
            File.WriteAllBytes(docx, j.Template.Render(j.Content, new Random(j.Seed)).Bytes!);
            staged.Add((j, docx));
        }
        // One LibreOffice start converts many documents: starting it costs more than a conversion.
        foreach (var batch in staged.Chunk(40))
        {
            var (code, output) = Tools.Run("soffice", ["--headless", "--norestore", "--convert-to", "pdf", "--outdir", lo, .. batch.Select(b => b.Docx)], lo, 900);
            if (code != 0)
            {
                Console.Error.WriteLine($"libreoffice: {output}");
            }
        }
        foreach (var (j, docx) in staged)
        {
            var pdf = Path.ChangeExtension(docx, ".pdf");
            if (File.Exists(pdf))
            {
                File.Copy(pdf, Path.Combine(j.CaseDir, j.Template.File), true);
                made[(j.Case, j.Template.File)] = j.Template;
            }
        }
    }

    private void WriteMeta(string id, HoldoutResume resume)
    {
        var metaPath = Path.Combine(options.Out, id, "meta.json");
        // Rendering some styles again (--only) keeps what the case already has.
        var files = File.Exists(metaPath) ? JsonNode.Parse(File.ReadAllText(metaPath))!["files"]!.AsObject().DeepClone().AsObject() : new JsonObject();
        foreach (var ((_, file), template) in made.Where(m => m.Key.Case == id).OrderBy(m => m.Key.File, StringComparer.Ordinal))
        {
            var path = Path.Combine(options.Out, id, file);
            var format = Path.GetExtension(file).TrimStart('.');
            var (text, urls) = VisibleText(path, format);
            files[file] = new JsonObject
            {
                ["layout"] = template.Name,
                ["format"] = format,
                ["renderer"] = $"{template.Producer}: {template.Models}",
                ["check"] = template.Check,
                ["unscored"] = new JsonArray(Visibility.Unscored(resume, text, urls).Select(u => (JsonNode)JsonValue.Create(u)!).ToArray()),
            };
        }
        var meta = new JsonObject { ["id"] = id, ["split"] = "styles", ["seed"] = options.Seed.ToString(CultureInfo.InvariantCulture), ["files"] = files };
        File.WriteAllText(metaPath, meta.ToJsonString(Generator.Json));
    }

    /// <summary>What a reader sees in the file and where its links point, for deciding what is fair to score.</summary>
    private static (string Text, string Urls) VisibleText(string path, string format)
    {
        switch (format)
        {
            case "pdf":
                return (Tools.Run("pdftotext", ["-enc", "UTF-8", path, "-"]).Output, Tools.Run("pdfinfo", ["-url", path]).Output);
            case "docx":
                using (var zip = ZipFile.OpenRead(path))
                {
                    string Read(string name) => zip.GetEntry(name) is { } e ? new StreamReader(e.Open()).ReadToEnd() : "";
                    // The page headers and footers are part of what a reader sees (a template's name block can sit there).
                    var parts = zip.Entries.Select(e => e.FullName).Where(n => n == "word/document.xml" || PagePart().IsMatch(n)).ToList();
                    var xml = string.Concat(parts.Select(Read));
                    var text = string.Join(" ", XmlText().Matches(xml).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value)));
                    return (text, string.Concat(parts.Select(n => Read(n.Replace("word/", "word/_rels/", StringComparison.Ordinal) + ".rels"))));
                }
            default:
                return (File.ReadAllText(path), "");
        }
    }

    [GeneratedRegex(@"^word/(header|footer)\d*\.xml$")]
    private static partial Regex PagePart();

    [GeneratedRegex(@"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")]
    private static partial Regex XmlText();

    private int Score()
    {
        var pred = options.Out.TrimEnd('/') + "-pred";
        Directory.CreateDirectory(pred);
        var parser = new ResumeParser();
        var files = 0;
        foreach (var meta in Directory.EnumerateFiles(options.Out, "meta.json", SearchOption.AllDirectories))
        {
            var caseDir = Path.GetDirectoryName(meta)!;
            var id = Path.GetFileName(caseDir);
            Directory.CreateDirectory(Path.Combine(pred, id));
            foreach (var file in JsonNode.Parse(File.ReadAllText(meta))!["files"]!.AsObject().Select(f => f.Key))
            {
                using var stream = File.OpenRead(Path.Combine(caseDir, file));
                var result = parser.Parse(stream);
                if (result.Succeeded)
                {
                    File.WriteAllText(Path.Combine(pred, id, file + ".json"), ResumeJson.Serialize(result.Resume!));
                }
                files++;
            }
        }
        if (!File.Exists(options.Scorer))
        {
            Console.Error.WriteLine($"parsed {files} files into {pred}; no scorer at {options.Scorer} (--scorer PATH to the development set's score.mjs)");
            return 1;
        }
        var report = Path.Combine(pred, "report.json");
        var (code, output) = Tools.Run("node", [options.Scorer, "--cases", options.Out, "--pred", pred, "--report", report], timeoutSeconds: 600);
        if (code != 0 || !File.Exists(report))
        {
            Console.Error.WriteLine(output);
            return 1;
        }
        StyleTable.Print(JsonNode.Parse(File.ReadAllText(report))!, options.Out, Console.Out);
        return 0;
    }
}
