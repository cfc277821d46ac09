using System.Diagnostics;
using System.Globalization;
using Resume.Model;
using Resume.Rendering;

// Usage: Render.Bench SCAN_OUTPUT_DIR [ROUNDS]
// Reads every <name>.json with its <name>.score.json (what `scan` writes) and times each render output on one thread.
if (args.Length < 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Render.Bench SCAN_OUTPUT_DIR [ROUNDS]");
    return 2;
}
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var inputs = Directory.EnumerateFiles(args[0], "*.score.json", SearchOption.AllDirectories)
    .Select(score => (Resume: score[..^".score.json".Length] + ".json", Score: score))
    .Where(p => File.Exists(p.Resume))
    .Select(p => (ResumeJson.Deserialize<ResumeDocument>(File.ReadAllText(p.Resume)), ResumeJson.Deserialize<ScoreReport>(File.ReadAllText(p.Score))))
    .ToList();
if (inputs.Count == 0)
{
    Console.Error.WriteLine("No <name>.json with a <name>.score.json found: run `pipeline scan … --out DIR` first.");
    return 2;
}

var report = new ReportRenderer();
var rewrite = new OptimizedResumeWriter();
var outputs = new (string Name, Func<ResumeDocument, ScoreReport, long> Render)[]
{
    ("report.html", (r, s) => report.RenderHtml(r, s).Length),
    ("report.pdf", (r, s) => Measure(o => report.RenderPdf(r, s, o))),
    ("optimized.pdf", (r, s) => Measure(o => rewrite.WritePdf(r, s.Guide, o))),
    ("optimized.docx", (r, s) => Measure(o => rewrite.WriteDocx(r, s.Guide, o))),
};

// Warm-up, one full pass: JIT tiering, font loading and glyph caches are a start-up cost, not a per-resume one.
foreach (var (resume, score) in inputs)
{
    foreach (var output in outputs)
    {
        output.Render(resume, score);
    }
}

Console.WriteLine($"{inputs.Count} resumes, {rounds} rounds, one thread");
Console.WriteLine($"{"output",-16}{"mean ms",9}{"p50",8}{"p95",8}{"max",8}{"mean KB",9}");
var total = 0.0;
foreach (var (name, render) in outputs)
{
    var times = new List<double>();
    long bytes = 0;
    for (var round = 0; round < rounds; round++)
    {
        foreach (var (resume, score) in inputs)
        {
            var clock = Stopwatch.StartNew();
            bytes += render(resume, score);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
    }
    times.Sort();
    var mean = times.Average();
    total += mean;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-16}{mean,9:0.00}{Percentile(times, 0.5),8:0.00}{Percentile(times, 0.95),8:0.00}{times[^1],8:0.00}{bytes / 1024.0 / times.Count,9:0.0}"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"all four outputs: {total:0.0} ms per resume on one core; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1024 / 1024} MiB"));
return 0;

static long Measure(Action<Stream> write)
{
    using var output = new MemoryStream();
    write(output);
    return output.Length;
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)(p * sorted.Count))];
