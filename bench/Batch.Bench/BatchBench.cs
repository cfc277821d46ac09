using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Pipeline.Testing;

namespace Batch.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Batch.Bench -- [--count 2000] [--idle 20] [--every 1.5] [--set Key=Value]…</c>.
/// Starts Ingest.Api and the three workers (built dlls, the <c>scripts/services.sh</c> services, a fresh virtual host,
/// database and container prefix), measures single-scan latency on the idle system, then uploads a ZIP of
/// <c>--count</c> resumes as one batch and, while it runs, sends a single scan every <c>--every</c> seconds. Prints the
/// upload time, end-to-end time, resumes per second, each process's peak memory, the two latency sets (p50/p95, from
/// the API's own created/completed times) and whether results.csv has a correct row for every file.
/// </summary>
public static class BatchBench
{
    private const string AdminKey = "batch-bench-admin-key-0123456789";

    public static async Task<int> RunAsync(string[] args)
    {
        var count = IntOption(args, "--count", 2000);
        var idleSamples = IntOption(args, "--idle", 20);
        var every = TimeSpan.FromSeconds(double.Parse(Option(args, "--every") ?? "1.5", CultureInfo.InvariantCulture));
        var settings = new Dictionary<string, string> { ["Admin__ApiKey"] = AdminKey };
        foreach (var pair in Options(args, "--set"))
        {
            var eq = pair.IndexOf('=');
            settings[pair[..eq]] = pair[(eq + 1)..];
        }

        Console.WriteLine($"building a ZIP of {count} resumes…");
        var zip = BuildZip(count);
        Console.WriteLine($"ZIP: {zip.Length / 1024.0 / 1024:0.0} MiB");
        Console.WriteLine("starting Ingest.Api and the three workers…");
        await using var stack = await DistributedStack.StartAsync(settings);
        var pids = new Dictionary<string, int> { ["Ingest.Api"] = stack.Api.Id };
        foreach (var worker in DistributedStack.Workers)
        {
            pids[worker] = stack.Service(worker).Id;
        }
        await using var memory = new MemoryWatch(pids);
        using var http = stack.CreateApiClient();
        http.Timeout = TimeSpan.FromMinutes(30);
        var scans = new ScansClient(http);
        var tenantKey = await CreateTenantAsync(http);
        using var tenantHttp = stack.CreateApiClient();
        tenantHttp.Timeout = TimeSpan.FromMinutes(30);
        tenantHttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenantKey);
        var batches = new BatchesClient(tenantHttp);

        // Warm every stage (the first scans of a fresh process are slow), then the idle latencies, one scan at a time.
        for (var i = 0; i < 5; i++)
        {
            await SingleScanAsync(scans, 900 + i);
        }
        var idle = new List<double>();
        for (var i = 0; i < idleSamples; i++)
        {
            idle.Add(await SingleScanAsync(scans, i + 1));
        }

        var clock = Stopwatch.StartNew();
        var batch = await BatchesClient.AcceptedAsync(await batches.SubmitZipAsync(zip, "bench.zip"));
        var uploaded = clock.Elapsed;
        Console.WriteLine($"batch {batch.Id} accepted: {batch.Total} resumes, {batch.Skipped} skipped, {batch.Duplicates} duplicates");
        // The API's own account of where the upload's time went (reading and judging the entries, then the commit).
        foreach (var entry in stack.LogEntries("Ingest.Api"))
        {
            if (entry.TryGetProperty("Message", out var message) && message.GetString() is { } text && text.StartsWith("Accepted batch", StringComparison.Ordinal))
            {
                Console.WriteLine($"  API: {text}");
            }
        }

        var during = new List<double>();
        using var done = new CancellationTokenSource();
        var probe = Task.Run(async () =>
        {
            for (var i = 0; !done.IsCancellationRequested; i++)
            {
                var latency = await SingleScanAsync(scans, 1000 + i);
                if (!done.IsCancellationRequested)
                {
                    lock (during)
                    {
                        during.Add(latency);
                    }
                }
                try
                {
                    await Task.Delay(every, done.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
        var lastPrint = TimeSpan.Zero;
        BatchState state;
        while (true)
        {
            state = await batches.GetAsync(batch.Id);
            if (state.IsComplete)
            {
                break;
            }
            if (clock.Elapsed - lastPrint > TimeSpan.FromSeconds(30))
            {
                lastPrint = clock.Elapsed;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0} s: {state.Completed + state.Failed}/{state.Total} ({state.ResumesPerMinute?.ToString("0", CultureInfo.InvariantCulture) ?? "–"}/min)");
            }
            await Task.Delay(500);
        }
        var endToEnd = clock.Elapsed;
        await done.CancelAsync();
        await probe;

        var csvOk = await CheckCsvAsync(batches, state, count);
        Report(count, uploaded, endToEnd, state, idle, during, memory.Peaks, csvOk);
        return csvOk && state.Completed + state.Failed == state.Total ? 0 : 1;
    }

    private static void Report(int count, TimeSpan uploaded, TimeSpan endToEnd, BatchState state, List<double> idle, List<double> during,
        IReadOnlyDictionary<string, long> peaks, bool csvOk)
    {
        var run = (state.FinishedAt!.Value - state.StartedAt!.Value).TotalSeconds;
        Console.WriteLine();
        Console.WriteLine($"resumes                 {count} in one ZIP ({state.Total} scanned, {state.Completed} completed, {state.Failed} failed)");
        Console.WriteLine($"upload (202 answer)     {uploaded.TotalSeconds:0.0} s");
        Console.WriteLine($"end to end              {endToEnd.TotalSeconds:0.0} s (upload start to batch complete)");
        Console.WriteLine($"resumes/s               {state.Total / endToEnd.TotalSeconds:0.0} end to end, {state.Total / run:0.0} from first release to last end");
        foreach (var (name, bytes) in peaks.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"peak RSS {name,-15} {bytes / 1024.0 / 1024:0} MiB");
        }
        var idleP95 = Percentile(idle, 95);
        var duringP95 = Percentile(during, 95);
        Console.WriteLine($"single scan, idle       n={idle.Count}, p50 {Percentile(idle, 50):0} ms, p95 {idleP95:0} ms");
        Console.WriteLine($"single scan, in batch   n={during.Count}, p50 {Percentile(during, 50):0} ms, p95 {duringP95:0} ms  ({duringP95 / idleP95:0.00}× idle p95)");
        Console.WriteLine($"results.csv             {(csvOk ? "a correct row for every file" : "WRONG: see above")}");
    }

    /// <summary>Upload → completed for one interactive scan, by the API's own clock (created and completed times).</summary>
    private static async Task<double> SingleScanAsync(ScansClient scans, int i)
    {
        var scan = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume($"Walk In {Name(i)}"), $"walk-in-{i}.txt");
        var ended = await scans.WaitForEndAsync(scan.Id, TimeSpan.FromMinutes(10));
        return ((ended.CompletedAt ?? DateTimeOffset.UtcNow) - ended.CreatedAt).TotalMilliseconds;
    }

    /// <summary>Every file has its row in upload order, and each status agrees with the batch's counts.</summary>
    private static async Task<bool> CheckCsvAsync(BatchesClient batches, BatchState state, int count)
    {
        var bytes = await batches.Http.GetByteArrayAsync($"/api/v1/batches/{state.Id}/results.csv");
        var csv = CsvTable.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        var files = csv.Column("File").ToList();
        var statuses = csv.Column("Status").ToList();
        var expected = Enumerable.Range(0, count).Select(FileName).ToList();
        var ok = files.SequenceEqual(expected)
                 && statuses.Count(s => s == "completed") == state.Completed
                 && statuses.Count(s => s == "failed") == state.Failed
                 && csv.Rows.Where((_, i) => statuses[i] == "completed").All(r => r[csv.Headers.ToList().IndexOf("Score")].Length > 0);
        if (!ok)
        {
            Console.WriteLine($"CSV: {files.Count} rows, {statuses.Count(s => s == "completed")} completed, {statuses.Count(s => s == "failed")} failed; batch says {state.Completed}/{state.Failed}");
        }
        return ok;
    }

    private static byte[] BuildZip(int count)
    {
        var zip = new ZipBuilder();
        for (var i = 0; i < count; i++)
        {
            zip.Add(FileName(i), i % 4 == 3 ? ResumeFixtures.TextPdf(Name(i)) : ResumeFixtures.TextResume(Name(i)));
        }
        return zip.Build();
    }

    private static string FileName(int i) => i % 4 == 3 ? $"cohort/student-{i:0000}.pdf" : $"cohort/student-{i:0000}.txt";

    /// <summary>A made-up surname from the number, so every resume's bytes differ.</summary>
    private static string Name(int i)
    {
        string[] first = ["Ana", "Ben", "Chloe", "Dev", "Elif", "Femi", "Greta", "Hiro"];
        string[] syllables = ["ka", "lo", "mir", "san", "tor", "vel", "ber", "dun", "ris", "hal"];
        var surname = string.Concat(i.ToString("0000", CultureInfo.InvariantCulture).Select(d => syllables[d - '0']));
        return $"{first[i % first.Length]} {char.ToUpperInvariant(surname[0])}{surname[1..]}";
    }

    private static async Task<string> CreateTenantAsync(HttpClient http)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/admin/tenants") { Content = JsonContent.Create(new { name = "Bench Career Centre" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", AdminKey);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating a tenant answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
        return (await response.Content.ReadFromJsonAsync<TenantKey>())!.ApiKey;
    }

    private static double Percentile(List<double> values, int p)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static IEnumerable<string> Options(string[] args, string name)
    {
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i] == name)
            {
                yield return args[i + 1];
            }
        }
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private sealed record TenantKey(string ApiKey);
}
