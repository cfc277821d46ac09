using System.Diagnostics;
using System.Globalization;
using Pipeline.Testing;

namespace Pipeline.LoadBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.LoadBench -- [--count 200] [--concurrency 8] [--api URL]</c>.
/// Without <c>--api</c> it starts Ingest.Api and the three workers itself (built dlls, the settings
/// <c>scripts/services.sh env</c> prints, a fresh virtual host, database and container prefix) and can then also count,
/// from the API's logs, how often each scan was completed. One in ten resumes is a bad file (corrupt or encrypted PDF).
/// </summary>
public static class LoadBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = Options.Int(args, "--count", 200);
        var concurrency = Options.Int(args, "--concurrency", 8);
        var api = Options.Get(args, "--api");

        DistributedStack? stack = null;
        var clock = Stopwatch.StartNew();
        if (api is null)
        {
            Console.WriteLine("starting Ingest.Api and the three workers…");
            stack = await DistributedStack.StartAsync();
            Console.WriteLine($"stack ready in {clock.Elapsed.TotalSeconds:0.0} s (vhost {stack.VirtualHost}, database {stack.Database})");
        }
        try
        {
            using var http = stack?.CreateApiClient() ?? new HttpClient { BaseAddress = new Uri(api!), Timeout = TimeSpan.FromSeconds(60) };
            var scans = new ScansClient(http);
            var inputs = Enumerable.Range(0, count).Select(i => UploadMix.For(i)).ToList();

            clock.Restart();
            var ids = new string[count];
            using (var gate = new SemaphoreSlim(concurrency))
            {
                await Task.WhenAll(inputs.Select(async (input, i) =>
                {
                    await gate.WaitAsync();
                    try
                    {
                        ids[i] = (await scans.SubmitAcceptedAsync(input.Bytes, input.Name)).Id;
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }
            var submitted = clock.Elapsed;
            var ended = await scans.WaitForAllAsync(ids, TimeSpan.FromMinutes(10));
            var total = clock.Elapsed;

            Report(count, concurrency, submitted, total, ended, scans, stack, inputs.Count(i => i.Bad));
            if (stack is not null)
            {
                await ReportStageCostsAsync(stack);
            }
            var ok = ended.Count == count && scans.Regressions().Count == 0 &&
                     ended.Count(s => s.Status == "completed") == inputs.Count(i => !i.Bad);
            return ok ? 0 : 1;
        }
        finally
        {
            if (stack is not null)
            {
                await stack.DisposeAsync();
            }
        }
    }

    private static void Report(int count, int concurrency, TimeSpan submitted, TimeSpan total, IReadOnlyList<ScanState> ended,
        ScansClient scans, DistributedStack? stack, int bad)
    {
        var completed = ended.Where(s => s.Status == "completed").ToList();
        var latencies = completed.Select(s => (s.CompletedAt!.Value - s.CreatedAt).TotalMilliseconds).Order().ToList();
        Console.WriteLine();
        Console.WriteLine($"resumes          {count} ({bad} bad files), {concurrency} concurrent uploads");
        Console.WriteLine($"all accepted in  {submitted.TotalSeconds:0.0} s ({count / submitted.TotalSeconds:0.0} uploads/s)");
        Console.WriteLine($"all ended in     {total.TotalSeconds:0.0} s ({count / total.TotalSeconds:0.0} scans/s end to end)");
        Console.WriteLine($"completed        {completed.Count}");
        foreach (var group in ended.Where(s => s.Status == "failed").GroupBy(s => $"{s.Failure!.Stage}/{s.Failure.Code}"))
        {
            Console.WriteLine($"failed           {group.Count()} {group.Key}: {group.First().Failure!.Message}");
        }
        Console.WriteLine($"unfinished       {count - ended.Count}");
        if (latencies.Count > 0)
        {
            Console.WriteLine($"upload→completed p50 {Percentile(latencies, 50)} ms, p95 {Percentile(latencies, 95)} ms, max {latencies[^1]:0} ms");
        }
        Console.WriteLine($"status regressions seen by polling: {scans.Regressions().Count}");
        if (stack is not null)
        {
            var moves = stack.StatusMoves("Completed");
            Console.WriteLine($"scans completed more than once (API log): {moves.Count(m => m.Value > 1)}");
        }
    }

    /// <summary>Each worker's own measure of its stage code (the <c>pipeline.stage.duration</c> histogram on /metrics).</summary>
    private static async Task ReportStageCostsAsync(DistributedStack stack)
    {
        using var http = new HttpClient();
        foreach (var worker in DistributedStack.Workers)
        {
            var metrics = await http.GetStringAsync(new Uri(stack.Service(worker).Url, "/metrics"));
            double sum = 0, count = 0;
            foreach (var line in metrics.Split('\n'))
            {
                if (line.StartsWith("pipeline_stage_duration_seconds_sum", StringComparison.Ordinal))
                {
                    sum += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
                }
                else if (line.StartsWith("pipeline_stage_duration_seconds_count", StringComparison.Ordinal))
                {
                    count += double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
                }
            }
            Console.WriteLine(count > 0
                ? $"{worker,-15} stage code: {count:0} runs, mean {sum / count * 1000:0} ms (wall time of the stage call, blob I/O excluded)"
                : $"{worker,-15} stage code: no runs recorded");
        }
    }

    private static string Percentile(List<double> sorted, int p) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)].ToString("0", CultureInfo.InvariantCulture);
}
