using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Pipeline.Testing;
using Pipeline.Testing.Infrastructure;

namespace Pipeline.LoadBench;

/// <summary>
/// <c>dotnet run -c Release --project bench/Pipeline.LoadBench -- steady [--minutes 10] [--rate 2] [--out DIR] [--svg FILE]</c>.
/// <para>
/// A steady stream of uploads (the fault suite's mix: text and PDF resumes, one in five a bad file; every other one a
/// tenant's, with a callback) for the given minutes at the given rate, into the four services started here on
/// private RabbitMQ, PostgreSQL and Azurite (so nothing else shares them). Every five seconds it samples the resident
/// memory of each process (the services and the three servers) and the queue depths. It prints, per minute: uploads,
/// ended, upload→ended p50/p95/p99, the deepest queue, and each process's largest resident memory; then each process's
/// memory over the last eight minutes (first vs last minute of those, and the largest); writes the table as Markdown and
/// a small SVG chart. Asserts nothing.
/// </para>
/// </summary>
public static class Steady
{
    private static readonly TimeSpan SampleEvery = TimeSpan.FromSeconds(5);

    public static async Task<int> RunAsync(string[] args)
    {
        var minutes = Options.Int(args, "--minutes", 10);
        var rate = Options.Double(args, "--rate", 2.0);
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

        var samples = new List<Sample>();
        var stream = new UploadStream(() => stack.Api.Url, tenant.ApiKey, receiver.Url);
        var ends = new Dictionary<string, ScanState>();
        var clock = Stopwatch.StartNew();
        using var stopSending = new CancellationTokenSource(TimeSpan.FromMinutes(minutes));
        using var stopWatching = new CancellationTokenSource();
        var sending = stream.RunAsync(int.MaxValue, TimeSpan.FromSeconds(1 / rate), i => UploadMix.For(i), TimeSpan.FromMinutes(2), stopSending.Token);
        var sampling = SampleAsync(stack, services, samples, clock, stopWatching.Token);
        var watching = WatchEndsAsync(stack, tenant, stream, ends, stopWatching.Token);
        Console.WriteLine($"sending {rate:0.##} uploads/s for {minutes} min…");
        await sending;
        // Everything sent ends (or two minutes pass) before the watch stops.
        var drain = Stopwatch.StartNew();
        while (stream.Accepted.Any(u => !ends.ContainsKey(u.ScanId!)) && drain.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(1000);
        }
        await stopWatching.CancelAsync();
        await Task.WhenAll(sampling, watching);

        var started = DateTimeOffset.UtcNow - clock.Elapsed;
        var report = Report.Build(stream, ends, samples, started, minutes, rate);
        Console.WriteLine(report.Markdown);
        await File.WriteAllTextAsync(Path.Combine(outDir, "load.md"), report.Markdown);
        await File.WriteAllTextAsync(svg, report.Svg);
        Console.WriteLine($"wrote {Path.Combine(outDir, "load.md")} and {svg}");
        return 0;
    }

    public sealed record Sample(double Seconds, IReadOnlyDictionary<string, long> Resident, long QueuedMessages);

    private static async Task SampleAsync(DistributedStack stack, PrivateServices services, List<Sample> samples, Stopwatch clock, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var resident = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var name in DistributedStack.Workers.Prepend("Ingest.Api"))
            {
                if (ProcessMemory.Resident(stack.Service(name).Id) is { } rss)
                {
                    resident[name] = rss;
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
            long queued = 0;
            try
            {
                queued = (await stack.Rabbit.QueuesAsync(stack.VirtualHost)).Sum(q => q.Messages);
            }
            catch (HttpRequestException)
            {
            }
            lock (samples)
            {
                samples.Add(new Sample(clock.Elapsed.TotalSeconds, resident, queued));
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
