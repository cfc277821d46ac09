using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Testing;

namespace Pipeline.LoadBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.LoadBench -- compare [--input DIR [--repeat K]] [--count 60]
/// [--rounds 3] [--concurrency 8] [--only scan|distributed] [--warm] [--idle SECONDS] [--set Key=Value]…</c>
/// <para>
/// The same resumes through the distributed pipeline (Ingest.Api and the three workers as processes on RabbitMQ,
/// Azurite and PostgreSQL, with the settings <c>scripts/services.sh env</c> prints; a fresh stack each round) and through
/// <c>pipeline scan</c> in one process, on this machine, alternating which goes first. Both write every result (six per
/// resume). Process start-up is left out of both: the stack is timed from the first upload to the last scan completed
/// (the API's own timestamps), <c>scan</c> by its own clock (from reading its inputs to its summary). Prints resumes per
/// second both ways, their ratio, upload-to-completed latency percentiles and CPU seconds per process; asserts nothing.
/// With <c>--warm</c>, compilation weighs little on either side: the stack takes every file once before its timed
/// pass, and scan runs over two copies of the files in one process.
/// </para>
/// </summary>
public static partial class Compare
{
    private static readonly string[] ResumeExtensions = [".pdf", ".docx", ".txt", ".md"];

    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = IntOption(args, "--rounds", 3);
        // With --idle N: how much CPU the stack uses doing nothing, over N seconds before each timed run.
        var idleSeconds = IntOption(args, "--idle", 0);
        var warm = args.Contains("--warm");
        var concurrency = IntOption(args, "--concurrency", 8);
        var only = Option(args, "--only");
        var settings = Options(args, "--set").Select(s => s.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var repeat = IntOption(args, "--repeat", 1);
        var generated = Option(args, "--input") is null || repeat > 1;
        var folder = Option(args, "--input") is { } input
            ? repeat > 1 ? Repeat(input, repeat) : input
            : Generate(IntOption(args, "--count", 60));
        // Warm: compilation outweighed on both sides. The stack takes every file once before its timed pass; scan runs
        // over two copies of the files in one process. (A marginal rate, two runs subtracted, was too noisy here.)
        var twice = warm ? Repeat(folder, 2) : null;
        try
        {
            var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
                .Where(f => ResumeExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                .Order(StringComparer.Ordinal)
                .ToList();
            Console.WriteLine($"{files.Count} resumes from {Option(args, "--input") ?? "a generated set"}{(repeat > 1 ? $" ({repeat} copies)" : "")} " +
                              $"({string.Join(", ", files.GroupBy(f => Path.GetExtension(f).ToLowerInvariant()).Select(g => $"{g.Count()} {g.Key}"))}), " +
                              $"{Environment.ProcessorCount} cores, {rounds} rounds" + (settings.Count > 0 ? $", stack settings {string.Join(" ", settings.Select(s => $"{s.Key}={s.Value}"))}" : ""));

            var scanRuns = new List<Run>();
            var stackRuns = new List<Run>();
            for (var round = 1; round <= rounds; round++)
            {
                var sides = new List<Func<Task>>();
                if (only is null or "scan")
                {
                    sides.Add(async () => scanRuns.Add(Print(round, twice is null ? "scan" : "scan ×2", twice is null
                        ? await ScanAsync(folder, files.Count)
                        : await ScanAsync(twice, 2 * files.Count))));
                }
                if (only is null or "distributed")
                {
                    sides.Add(async () => stackRuns.Add(Print(round, "distributed", await DistributedAsync(files, concurrency, settings, warm, idleSeconds))));
                }
                if (round % 2 == 0)
                {
                    sides.Reverse();
                }
                foreach (var side in sides)
                {
                    await side();
                }
            }
            Summarize(scanRuns, stackRuns);
            return 0;
        }
        finally
        {
            if (twice is not null)
            {
                Directory.Delete(twice, recursive: true);
            }
            if (generated)
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private sealed record Run(double Seconds, int Resumes, int Succeeded, IReadOnlyList<double> LatenciesMs, IReadOnlyDictionary<string, double> CpuSeconds)
    {
        public double PerSecond => Resumes / Seconds;
    }

    /// <summary><c>pipeline scan</c> as a user runs it, writing its six results per resume to a fresh folder.</summary>
    private static async Task<Run> ScanAsync(string folder, int count)
    {
        var work = Directory.CreateTempSubdirectory("scan-bench-");
        try
        {
            var times = Path.Combine(work.FullName, "time");
            var start = new ProcessStartInfo("/usr/bin/time", ["-f", "%U %S", "-o", times, "dotnet", RepoPaths.CliDll(), "scan", folder, "--out", Path.Combine(work.FullName, "out")])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            await stderr;
            var summary = ScanSummary().Match(stdout);
            if (!summary.Success)
            {
                throw new InvalidOperationException($"scan printed no summary (exit {process.ExitCode}):\n{stdout[^Math.Min(stdout.Length, 2000)..]}");
            }
            var cpu = File.ReadAllText(times).Trim().Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).Sum();
            var complete = Directory.EnumerateFiles(Path.Combine(work.FullName, "out"), "*.optimized.docx", SearchOption.AllDirectories).Count();
            return new Run(double.Parse(summary.Groups["seconds"].Value, CultureInfo.InvariantCulture), count, complete, [],
                new Dictionary<string, double> { ["pipeline scan"] = cpu });
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>A fresh stack: uploads every file, then waits for the API to count every scan ended.</summary>
    private static async Task<Run> DistributedAsync(IReadOnlyList<string> files, int concurrency, IReadOnlyDictionary<string, string> settings, bool warm, int idleSeconds)
    {
        // The services as deployed log: plain console lines, not the JSON with scopes the tests read.
        var deployed = new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "simple",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            deployed[key] = value;
        }
        await using var stack = await DistributedStack.StartAsync(deployed);
        using var http = stack.CreateApiClient();
        var scans = new ScansClient(http);
        var uploads = files.Select(f => (Bytes: File.ReadAllBytes(f), Name: Path.GetFileName(f))).ToList();
        var warmedUp = 0;
        if (warm)
        {
            // The same files, once through, so every process has compiled its hot paths before the timed pass.
            await UploadAllAsync(scans, uploads, concurrency);
            warmedUp = uploads.Count;
            await WaitForEndedAsync(stack, warmedUp);
        }
        if (idleSeconds > 0)
        {
            var idleFrom = CpuOf(stack);
            await Task.Delay(TimeSpan.FromSeconds(idleSeconds));
            var idleTo = CpuOf(stack);
            Console.WriteLine("        idle CPU ms/s: " + string.Join("  ", idleTo.Where(c => idleFrom.ContainsKey(c.Key))
                .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {(c.Value - idleFrom[c.Key]) / idleSeconds * 1000:0}"))));
        }
        var cpuBefore = CpuOf(stack);
        var clientBefore = ProcessCpu.UserAndSystem(Environment.ProcessId);

        var started = DateTimeOffset.UtcNow;
        var ids = await UploadAllAsync(scans, uploads, concurrency);
        await WaitForEndedAsync(stack, ids.Length + warmedUp);
        var cpuAfter = CpuOf(stack);
        var clientAfter = ProcessCpu.UserAndSystem(Environment.ProcessId);
        // The client (this process: uploads, status polls, reading the services' logs) shares the cores with the stack
        // during this pass only; scan has no such client. Shown apart, not added to the stack's CPU.
        var client = clientAfter.User + clientAfter.System - clientBefore.User - clientBefore.System;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"        the benchmark client on the same cores: {client:0.0} s CPU, {client / ids.Length * 1000:0.0} ms per resume"));
        await PrintRuntimeFiguresAsync(stack);

        var states = new List<ScanState>();
        foreach (var id in ids)
        {
            states.Add(await scans.GetAsync(id));
        }
        var ended = states.Max(s => s.CompletedAt!.Value);
        var completed = states.Where(s => s.Status == "completed").ToList();
        return new Run((ended - started).TotalSeconds, ids.Length, completed.Count,
            completed.Select(s => (s.CompletedAt!.Value - s.CreatedAt).TotalMilliseconds).Order().ToList(),
            cpuAfter.Where(c => cpuBefore.ContainsKey(c.Key)).ToDictionary(c => c.Key, c => c.Value - cpuBefore[c.Key]));
    }

    private static async Task<string[]> UploadAllAsync(ScansClient scans, List<(byte[] Bytes, string Name)> uploads, int concurrency)
    {
        var ids = new string[uploads.Count];
        using var gate = new SemaphoreSlim(concurrency);
        await Task.WhenAll(uploads.Select(async (upload, i) =>
        {
            await gate.WaitAsync();
            try
            {
                ids[i] = (await scans.SubmitAcceptedAsync(upload.Bytes, upload.Name)).Id;
            }
            finally
            {
                gate.Release();
            }
        }));
        return ids;
    }

    /// <summary>One cheap question a few times a second (the API's own count of ended scans), not one per scan.</summary>
    private static async Task WaitForEndedAsync(DistributedStack stack, int count)
    {
        var clock = Stopwatch.StartNew();
        while (((await stack.MetricsAsync("Ingest.Api")).Sum("pipeline_scans_ended_total") ?? 0) < count)
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(20))
            {
                throw new TimeoutException("The stack did not end every scan in 20 minutes.");
            }
            await Task.Delay(250);
        }
    }

    /// <summary>Each service's garbage collections and its user/system CPU split: where a service's overhead goes.</summary>
    private static async Task PrintRuntimeFiguresAsync(DistributedStack stack)
    {
        var parts = new List<string>();
        foreach (var name in DistributedStack.Workers.Prepend("Ingest.Api"))
        {
            var metrics = await stack.MetricsAsync(name);
            var gcs = string.Join("/", new[] { "gen0", "gen1", "gen2" }.Select(g =>
                (metrics.Sum("dotnet_gc_collections_total", new Dictionary<string, string> { ["gc_heap_generation"] = g }) ?? 0).ToString("0", CultureInfo.InvariantCulture)));
            var (user, system) = ProcessCpu.UserAndSystem(stack.Service(name).Id);
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{name} GCs {gcs}, user {user:0.0} s sys {system:0.0} s"));
        }
        Console.WriteLine("        since start: " + string.Join("; ", parts));
    }

    private static Dictionary<string, double> CpuOf(DistributedStack stack)
    {
        var state = Environment.GetEnvironmentVariable("PIPELINE_SERVICES_DIR") ?? "/tmp/resume-pipeline-services";
        var pids = new List<(string Name, int? Pid)>
        {
            ("Ingest.Api", stack.Api.Id),
            ("Workers.Parse", stack.Service("Workers.Parse").Id),
            ("Workers.Score", stack.Service("Workers.Score").Id),
            ("Workers.Render", stack.Service("Workers.Render").Id),
            // RABBITMQ_PID_FILE (RabbitMQ's own variable) picks a private broker's process over the shared one's.
            ("rabbitmq*", Environment.GetEnvironmentVariable("RABBITMQ_PID_FILE") is { Length: > 0 } pidFile ? ProcessCpu.FromPidFile(pidFile) : ProcessCpu.Find("beam.smp")),
            ("postgres*", ProcessCpu.FromPidFile(Path.Combine(state, "postgres", "postmaster.pid"))),
            ("azurite*", ProcessCpu.FromPidFile(Path.Combine(state, "azurite.pid"))),
        };
        var cpu = new Dictionary<string, double>();
        foreach (var (name, pid) in pids)
        {
            if (pid is { } id && ProcessCpu.TreeSeconds(id) is { } seconds)
            {
                cpu[name] = seconds;
            }
        }
        return cpu;
    }

    private static Run Print(int round, string side, Run run)
    {
        var latency = run.LatenciesMs.Count > 0
            ? $"  latency p50 {Percentile(run.LatenciesMs, 50):0} ms p95 {Percentile(run.LatenciesMs, 95):0} ms p99 {Percentile(run.LatenciesMs, 99):0} ms"
            : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"round {round} {side,-12} {run.Seconds,6:0.00} s  {run.PerSecond,5:0.00} resumes/s  {run.Succeeded}/{run.Resumes} with all six results{latency}"));
        Console.WriteLine("        CPU s: " + string.Join("  ", run.CpuSeconds.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:0.0}"))) +
                          string.Create(CultureInfo.InvariantCulture, $"  (total {run.CpuSeconds.Values.Sum():0.0}, {run.CpuSeconds.Values.Sum() / run.Resumes * 1000:0} ms per resume)"));
        return run;
    }

    private static void Summarize(List<Run> scan, List<Run> stack)
    {
        Console.WriteLine();
        string Spread(List<Run> runs) => string.Create(CultureInfo.InvariantCulture,
            $"median {Median(runs.Select(r => r.PerSecond)):0.00} resumes/s (min {runs.Min(r => r.PerSecond):0.00}, max {runs.Max(r => r.PerSecond):0.00}, {runs.Count} runs)");
        if (scan.Count > 0)
        {
            Console.WriteLine($"scan (one process)   {Spread(scan)}");
        }
        if (stack.Count > 0)
        {
            Console.WriteLine($"distributed (4 proc) {Spread(stack)}");
            var latencies = stack.SelectMany(r => r.LatenciesMs).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"upload→completed     p50 {Percentile(latencies, 50):0} ms, p95 {Percentile(latencies, 95):0} ms, p99 {Percentile(latencies, 99):0} ms over {latencies.Count} scans (every round)"));
        }
        if (scan.Count > 0 && stack.Count > 0)
        {
            var ratios = scan.Zip(stack, (s, d) => d.PerSecond / s.PerSecond).ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"distributed / scan   {Median(stack.Select(r => r.PerSecond)) / Median(scan.Select(r => r.PerSecond)):P0} (medians); per round {string.Join(", ", ratios.Select(r => r.ToString("P0", CultureInfo.InvariantCulture)))}"));
        }
        Console.WriteLine("* shared services: their CPU includes whatever else uses them on this machine.");
    }

    /// <summary>
    /// <paramref name="times"/> copies of a folder side by side, so the work outweighs each process's start-up (JIT)
    /// on both sides alike.
    /// </summary>
    private static string Repeat(string input, int times)
    {
        var folder = Directory.CreateTempSubdirectory("bench-resumes-").FullName;
        foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories))
        {
            for (var copy = 1; copy <= times; copy++)
            {
                var target = Path.Combine(folder, $"copy-{copy}", Path.GetRelativePath(input, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }
        return folder;
    }

    /// <summary>A folder of resumes made in code: two thirds plain text, one third text PDFs, each with its own name.</summary>
    private static string Generate(int count)
    {
        var folder = Directory.CreateTempSubdirectory("bench-resumes-").FullName;
        for (var i = 0; i < count; i++)
        {
            var name = $"Candidate {(char)('A' + i % 26)}{i:000} Example";
            if (i % 3 == 2)
            {
                File.WriteAllBytes(Path.Combine(folder, $"resume-{i:000}.pdf"), ResumeFixtures.TextPdf(name));
            }
            else
            {
                File.WriteAllBytes(Path.Combine(folder, $"resume-{i:000}.txt"), ResumeFixtures.TextResume(name));
            }
        }
        return folder;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double Percentile(IReadOnlyList<double> sorted, int p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static IEnumerable<string> Options(string[] args, string name) =>
        args.Select((a, i) => (a, i)).Where(p => p.a == name && p.i + 1 < args.Length).Select(p => args[p.i + 1]);

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    [GeneratedRegex(@"(?<count>[\d,]+) resumes? in (?<seconds>[\d.]+) s")]
    private static partial Regex ScanSummary();
}
