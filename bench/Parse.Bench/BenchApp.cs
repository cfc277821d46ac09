using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Resume.Parsing;
using Resume.Parsing.Isolation;

namespace Parse.Bench;

/// <summary>
/// Parses every resume in a folder on one thread, after a warm-up pass, and prints throughput, latency and memory.
/// It measures; it asserts nothing. <c>--dump FILE</c> prints the line model and sections of one file instead.
/// </summary>
public static class BenchApp
{
    private static readonly string[] Extensions = [".pdf", ".docx", ".txt", ".md"];

    public static int Run(string[] args, TextWriter output)
    {
        if (args.Length == 2 && args[0] == "--dump")
        {
            output.Write(LayoutDump.Describe(File.ReadAllBytes(args[1]), Resume.Parsing.Isolation.Ocr.TesseractOcr.Find()));
            return 0;
        }
        if (args.Contains("--hostile"))
        {
            return HostileRun.Run(output);
        }
        if (args.Contains("--ocr"))
        {
            return OcrRun.Run(args, output);
        }
        var folder = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? "samples";
        var passes = args.Contains("--quick") ? 1 : 5;
        if (!Directory.Exists(folder))
        {
            output.WriteLine($"No such folder: {folder}");
            return 2;
        }
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path: f, Format: Path.GetExtension(f).TrimStart('.').ToLowerInvariant(), Bytes: File.ReadAllBytes(f)))
            .ToList();
        if (files.Count == 0)
        {
            output.WriteLine($"No resumes (.pdf, .docx, .txt, .md) under {folder}");
            return 2;
        }
        PinToOneCore();
        var parser = new ResumeParser();
        var unguarded = new ResumeParser(ParserOptions.Default with { CheckStructure = false });
        // One parser process, pinned with this one (children inherit the affinity): the isolated path on the same core.
        using var isolated = new ProcessParseSandbox(new ParseIsolationOptions(), 1, NullLogger<ProcessParseSandbox>.Instance);

        // Warm-up: the runtime tiers code up over the first few hundred calls; measure the steady state.
        var failures = 0;
        var warmups = args.Contains("--quick") ? 1 : 3;
        for (var pass = 0; pass < warmups; pass++)
        {
            failures = 0;
            foreach (var file in files)
            {
                failures += Parse(parser, file.Bytes).Succeeded ? 0 : 1;
                Parse(unguarded, file.Bytes);
                ParseIsolated(isolated, file.Bytes);
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var timings = new List<(string Format, double Ms)>(files.Count * passes);
        var perFile = new double[files.Count];
        var total = new Stopwatch();
        var allocated = 0L;
        double unguardedMs = 0, isolatedMs = 0;
        for (var pass = 0; pass < passes; pass++)
        {
            // The three paths alternate file by file, so a busy machine slows them alike.
            for (var f = 0; f < files.Count; f++)
            {
                var before = GC.GetTotalAllocatedBytes(precise: true);
                total.Start();
                var started = Stopwatch.GetTimestamp();
                Parse(parser, files[f].Bytes);
                var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                total.Stop();
                allocated += GC.GetTotalAllocatedBytes(precise: true) - before;
                timings.Add((files[f].Format, ms));
                perFile[f] += ms / passes;

                started = Stopwatch.GetTimestamp();
                Parse(unguarded, files[f].Bytes);
                unguardedMs += Stopwatch.GetElapsedTime(started).TotalMilliseconds;

                started = Stopwatch.GetTimestamp();
                ParseIsolated(isolated, files[f].Bytes);
                isolatedMs += Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            }
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();

        var sorted = timings.Select(t => t.Ms).Order().ToList();
        output.WriteLine($"folder            {Path.GetFullPath(folder)}");
        output.WriteLine($"files             {files.Count} ({string.Join(", ", files.GroupBy(f => f.Format).Select(g => $"{g.Count()} {g.Key}"))}); {failures} failed to parse");
        output.WriteLine($"passes            {passes} after {warmups} warm-up passes, one thread");
        output.WriteLine($"resumes/s (1 core) {timings.Count / total.Elapsed.TotalSeconds:F1}");
        output.WriteLine($"mean ms/resume    {sorted.Average():F2}");
        output.WriteLine($"p50 ms            {Percentile(sorted, 0.50):F2}");
        output.WriteLine($"p95 ms            {Percentile(sorted, 0.95):F2}");
        output.WriteLine($"max ms            {sorted[^1]:F2}");
        foreach (var group in timings.GroupBy(t => t.Format).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"mean ms {group.Key,-9} {group.Average(t => t.Ms):F2}");
        }
        foreach (var slow in perFile.Select((ms, f) => (ms, f)).OrderByDescending(x => x.ms).Take(3))
        {
            output.WriteLine($"slowest           {slow.ms,7:F2} ms  {Path.GetRelativePath(folder, files[slow.f].Path)}");
        }
        output.WriteLine($"peak working set  {process.PeakWorkingSet64 / (1024.0 * 1024):F1} MiB");
        output.WriteLine($"allocated total   {allocated / (1024.0 * 1024):F1} MiB ({allocated / (double)timings.Count / 1024:F0} KiB per resume)");
        var mean = sorted.Average();
        output.WriteLine($"isolated ms/resume {isolatedMs / timings.Count:F2} (one warm parser process, the same files alternating)");
        output.WriteLine($"isolation overhead {isolatedMs / timings.Count - mean:F2} ms/resume ({(isolatedMs / timings.Count - mean) / mean:P1}: pipes, JSON both ways, the watchdog)");
        output.WriteLine($"guards ms/resume   {mean - unguardedMs / timings.Count:F2} ({(mean - unguardedMs / timings.Count) / mean:P1} of the in-process parse)");
        output.WriteLine($"parser process     peak working set {isolated.PeakResidentBytes / (1024.0 * 1024):F1} MiB");
        return 0;
    }

    private static ParseResult Parse(ResumeParser parser, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return parser.Parse(stream);
    }

    private static ParseResult ParseIsolated(ProcessParseSandbox sandbox, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return sandbox.ParseAsync(stream, CancellationToken.None).GetAwaiter().GetResult();
    }

    private static double Percentile(List<double> sorted, double p)
    {
        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    /// <summary>"One core" means one: keep the runtime's helper threads off the other cores too, where the OS allows it.</summary>
    private static void PinToOneCore()
    {
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
        {
            try
            {
                using var process = Process.GetCurrentProcess();
                process.ProcessorAffinity = 1;
            }
            catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or PlatformNotSupportedException)
            {
                // Not allowed here: the single-threaded loop is still what is measured.
            }
        }
    }
}
