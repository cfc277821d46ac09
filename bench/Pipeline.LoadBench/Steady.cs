using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Pipeline.Testing;
using Pipeline.Testing.Infrastructure;

namespace Pipeline.LoadBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.LoadBench -- steady [--minutes 10] [--rate 2] [--batch-size 200]
/// [--batch-every 4] [--warm 20] [--collect-every 2] [--out DIR] [--svg FILE]</c>.
/// <para>
/// A steady stream of uploads (the fault suite's mix: text and PDF resumes, one in five a bad file; every other one a
/// tenant's, with a callback) for the given minutes at the given rate, and beside it the same tenant's batches (a ZIP
/// of <c>--batch-size</c> resumes after the first minute, then one every <c>--batch-every</c> minutes; 0 for none), into
/// the four services started here on private RabbitMQ, PostgreSQL and Azurite (so nothing else shares them). Before
/// the clock starts every service has answered ready and the pipeline is warmed: <c>--warm</c> single scans and a
/// small batch sent and all of them ended, so the first minutes measure the load, not start-up. Every five seconds it
/// samples the resident memory of each process (the services and the three servers), each service's managed heap
/// after its last collection (from <c>/metrics</c>), the queue depths and each batch's progress; every
/// <c>--collect-every</c> minutes (0: never) it has each service collect its whole heap (<see cref="ForcedCollection"/>)
/// and reads what stays live. It prints, per
/// minute: uploads, ended, upload→ended p50/p95/p99 of the single scans, batch scans ended, the deepest queue, and
/// each process's largest resident memory; then each batch's course, and each process's memory over the last eight
/// minutes (first vs last minute of those, and the largest); writes the table as Markdown and a small SVG chart.
/// Asserts nothing.
/// </para>
/// </summary>
public static class Steady
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = Options.Int(args, "--minutes", 10);
        var rate = Options.Double(args, "--rate", 2.0);
        var batchSize = Options.Int(args, "--batch-size", 200);
        var batchEvery = Options.Int(args, "--batch-every", 4);
        var warm = Options.Int(args, "--warm", 20);
        var collectEvery = Options.Int(args, "--collect-every", 2);
        var outDir = Options.Get(args, "--out") ?? Path.Combine(RepoPaths.Root, "artifacts", "reliability");
        var svg = Options.Get(args, "--svg") ?? Path.Combine(outDir, "load.svg");
        Directory.CreateDirectory(outDir);

        Console.WriteLine($"starting private RabbitMQ, PostgreSQL and Azurite and the four services… ({Environment.ProcessorCount} cores)");
        await using var services = await PrivateServices.StartAsync();
        await using var receiver = await CallbackReceiver.StartAsync();
        const string adminKey = "steady-admin-key-0123456789abcdef";
        await using var stack = await DistributedStack.StartAsync(
            new Dictionary<string, string> { ["Admin__ApiKey"] = adminKey, ["Callbacks__AllowPrivateNetworks"] = "true", ["Logging__LogLevel__Default"] = "Warning" },
            on: services.Infrastructure);
        using var admin = stack.CreateApiClient();
        var tenant = await TenantAdmin.CreateAsync(admin, adminKey, "Steady Partner");
        using var asTenant = BatchFeed.TenantClient(stack.Api.Url, tenant.ApiKey);

        var warmedIn = await WarmAsync(stack, tenant, asTenant, receiver.Url, warm);
        Console.WriteLine($"every service ready and warmed in {warmedIn.TotalSeconds:0} s ({warm} scans and a batch of 5 ended); the clock starts now");

        var samples = new List<Sample>();
        var stream = new UploadStream(() => stack.Api.Url, tenant.ApiKey, receiver.Url);
        var batches = new BatchFeed(asTenant, batchSize, batchEvery);
        var ends = new Dictionary<string, ScanState>();
        var clock = Stopwatch.StartNew();
        using var stopSending = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        using var stopWatching = new CancellationTokenSource();
        var sending = stream.RunAsync(int.MaxValue, TimeSpan.FromSeconds(1 / rate), i => UploadMix.For(i), TimeSpan.FromMinutes(2), stopSending.Token);
        var batching = batches.RunAsync(clock, stopSending.Token);
        var sampling = SampleAsync(stack, services, batches, samples, clock, TimeSpan.FromMinutes(collectEvery), stopWatching.Token);
        var watching = WatchEndsAsync(stack, tenant, stream, ends, stopWatching.Token);
        Console.WriteLine($"sending {rate:0.##} uploads/s for {minutes} min, and a batch of {batchSize} after minute 1{(batchEvery > 0 ? $" and every {batchEvery} min" : "")}…");
        await Task.WhenAll(sending, batching);
        // Everything sent ends (or five minutes pass: a batch sent late may need them) before the watch stops.
        var drain = Stopwatch.StartNew();
        while ((stream.Accepted.Any(u => !ends.ContainsKey(u.ScanId!)) || !batches.AllEnded) && drain.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(1000);
        }
        await stopWatching.CancelAsync();
        await Task.WhenAll(sampling, watching);

        var started = DateTimeOffset.UtcNow - clock.Elapsed;
        var report = Report.Build(new Report.Run(stream, ends, batches.Runs, samples, started, minutes, rate, warmedIn));
        Console.WriteLine(report.Markdown);
        await File.WriteAllTextAsync(Path.Combine(outDir, "load.md"), report.Markdown);
        await File.WriteAllTextAsync(svg, report.Svg);
        Console.WriteLine($"wrote {Path.Combine(outDir, "load.md")} and {svg}");
        return 0;
    }

    /// <summary>
    /// Every service answered ready before <see cref="DistributedStack.StartAsync"/> returned; that is not warm (the
    /// parser processes, the score model, the PDF writer's fonts, each first query and JIT compile come with the first
    /// scans). So the mix is sent <paramref name="count"/> times, as the tenant and not, and a batch of five, and the
    /// clock waits until all of them have ended.
    /// </summary>
    private static async Task<TimeSpan> WarmAsync(DistributedStack stack, CreatedTenant tenant, HttpClient asTenant, string callback, int count)
    {
        var clock = Stopwatch.StartNew();
        var stream = new UploadStream(() => stack.Api.Url, tenant.ApiKey, callback);
        var batch = await new BatchesClient(asTenant).SubmitAcceptedAsync(BatchFeed.Zip(0, 5));
        await stream.RunAsync(count, TimeSpan.FromMilliseconds(250), i => UploadMix.For(i, "warmup"), TimeSpan.FromMinutes(2));
        var ends = new Dictionary<string, ScanState>();
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var watching = WatchEndsAsync(stack, tenant, stream, ends, stop.Token);
        await new BatchesClient(asTenant).WaitForEndAsync(batch.Id, TimeSpan.FromMinutes(10));
        while (stream.Accepted.Any(u => !ends.ContainsKey(u.ScanId!)) && !stop.IsCancellationRequested)
        {
            await Task.Delay(500);
        }
        await stop.CancelAsync();
        await watching;
        return clock.Elapsed;
    }

    /// <param name="Heap">Each .NET service's managed heap after its last collection (all generations), in bytes.</param>
    /// <param name="Live">Only in the samples taken just after a forced full collection: each .NET service's managed heap
    /// after it (what is really live) and its resident memory then.</param>
    public sealed record Sample(double Seconds, IReadOnlyDictionary<string, long> Resident, IReadOnlyDictionary<string, long> Heap, long QueuedMessages,
        IReadOnlyDictionary<string, (long Heap, long Resident)> Live);

    private static async Task SampleAsync(DistributedStack stack, PrivateServices services, BatchFeed batches, List<Sample> samples, Stopwatch clock,
        TimeSpan collectEvery, CancellationToken stop)
    {
        var nextCollection = collectEvery;
        while (!stop.IsCancellationRequested)
        {
            var resident = new Dictionary<string, long>(StringComparer.Ordinal);
            var heap = new Dictionary<string, long>(StringComparer.Ordinal);
            var live = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
            var collect = collectEvery > TimeSpan.Zero && clock.Elapsed >= nextCollection;
            if (collect)
            {
                nextCollection += collectEvery;
            }
            foreach (var name in DistributedStack.Workers.Prepend("Ingest.Api"))
            {
                var pid = stack.Service(name).Id;
                if (collect && await ForcedCollection.RunAsync(pid) && await HeapAfterCollectionAsync(stack, name) is { } liveBytes)
                {
                    live[name] = (liveBytes, ProcessMemory.Resident(pid) ?? 0);
                }
                if (ProcessMemory.Resident(pid) is { } rss)
                {
                    resident[name] = rss;
                }
                if (await HeapAfterCollectionAsync(stack, name) is { } bytes)
                {
                    heap[name] = bytes;
                }
            }
            foreach (var (name, pid) in new[] { ("RabbitMQ", services.Rabbit.Pid), ("PostgreSQL", services.Postgres.Pid), ("Azurite", services.Azurite.Pid) })
            {
                if (pid is { } p)
                {
                    // PostgreSQL is a process per connection: its footprint is the postmaster and all its children.
                    resident[name] = Tree(p).Sum(child => ProcessMemory.Resident(child) ?? 0);
                }
            }
            if (collect)
            {
                Console.WriteLine($"{clock.Elapsed:m\\:ss} full collection forced; live heap: {(live.Count == 0 ? "none read" : string.Join(", ", live.Select(l => $"{l.Key} {l.Value.Item1 / 1048576.0:0.0} MiB")))}");
            }
            long queued = 0;
            try
            {
                queued = (await stack.Rabbit.QueuesAsync(stack.VirtualHost)).Sum(q => q.Messages);
            }
            catch (HttpRequestException)
            {
            }
            await batches.PollAsync(clock);
            lock (samples)
            {
                samples.Add(new Sample(clock.Elapsed.TotalSeconds, resident, heap, queued, live));
            }
            try
            {
                await Task.Delay(SampleEvery, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>
    /// What the service's managed heap held after its last garbage collection (<c>dotnet.gc.last_collection.heap.size</c>
    /// summed over the generations): what survived, without the garbage resident memory also counts until the next
    /// collection. Resident memory that grows while this stays flat is the runtime keeping freed pages, not a leak.
    /// </summary>
    private static async Task<long?> HeapAfterCollectionAsync(DistributedStack stack, string name)
    {
        try
        {
            var metrics = await stack.MetricsAsync(name);
            return metrics.Sum("dotnet_gc_last_collection_heap_size_bytes") is { } bytes ? (long)bytes : null;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task WatchEndsAsync(DistributedStack stack, CreatedTenant tenant, UploadStream stream, Dictionary<string, ScanState> ends, CancellationToken stop)
    {
        using var anonymous = stack.CreateApiClient();
        using var asTenant = stack.CreateApiClient();
        asTenant.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);
        while (!stop.IsCancellationRequested)
        {
            foreach (var upload in stream.Accepted.Where(u => !ends.ContainsKey(u.ScanId!)))
            {
                try
                {
                    var state = await (upload.AsTenant ? asTenant : anonymous).GetFromJsonAsync<ScanState>($"/api/v1/scans/{upload.ScanId}", ScanState.Json);
                    if (state is { IsFinal: true })
                    {
                        ends[upload.ScanId!] = state;
                    }
                }
                catch (HttpRequestException)
                {
                }
            }
            try
            {
                await Task.Delay(1000, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static List<int> Tree(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                try
                {
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                    (children.TryGetValue(parent, out var list) ? list : children[parent] = []).Add(pid);
                }
                catch (IOException)
                {
                }
            }
        }
        var all = new List<int> { root };
        for (var i = 0; i < all.Count; i++)
        {
            all.AddRange(children.GetValueOrDefault(all[i]) ?? []);
        }
        return all;
    }
}
