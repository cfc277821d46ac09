using System.Diagnostics;
using System.Globalization;
using Digest.Bench;
using Ingest.Api.Hosting;
using Ingest.Api.Subscribers.Digest;
using Ingest.Data;
using Ingest.Data.Subscribers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.ServiceDefaults;
using Pipeline.Testing;

// dotnet run -c Release --project bench/Digest.Bench -- [--count 10000] [--rate 100000] [--provider sqlite|postgres] [--smtp-port N]
// One week's digest to --count confirmed subscribers through DigestRun (the weekly job's code), the database and SMTP;
// a tenth of them scanned a resume lately, so the scan-note lookup is exercised too. Prints mails per second and peak
// memory; run it twice with different counts to see that memory does not grow with the list.
var count = Option("--count", 10_000);
var rate = Option("--rate", 100_000);
var provider = args.SkipWhile(a => a != "--provider").Skip(1).FirstOrDefault() ?? "sqlite";

var data = Directory.CreateTempSubdirectory("digest-bench-");
string? postgresDatabase = null;
var settings = new Dictionary<string, string?>
{
    ["Pipeline:DataPath"] = data.FullName,
    ["Digest:MessagesPerSecond"] = rate.ToString(CultureInfo.InvariantCulture),
    ["Digest:Cron"] = "0 0 1 1 *",
    ["Smtp:Host"] = "127.0.0.1",
    ["Smtp:From"] = "Bench <bench@pipeline.test>",
    ["Logging:LogLevel:Default"] = "Warning",
};
if (provider == "postgres")
{
    postgresDatabase = $"pipeline_digest_bench_{Guid.NewGuid().ToString("N")[..8]}";
    settings["Database:Provider"] = "Postgres";
    settings["ConnectionStrings:Pipeline"] = await PostgresDatabases.CreateAsync(DistributedSettings.Load()["ConnectionStrings__Pipeline"], postgresDatabase);
}
// --smtp-port N: a mail server already listening on 127.0.0.1:N instead of the in-process listener.
var externalPort = Option("--smtp-port", 0);
await using var smtp = new CountingSmtpServer(FreePort.Next());
settings["Smtp:Port"] = (externalPort > 0 ? externalPort : smtp.Port).ToString(CultureInfo.InvariantCulture);

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
builder.Configuration.AddInMemoryCollection(settings);
builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
builder.AddServiceDefaults();
builder.AddIngest();
await using var app = builder.Build();
app.UseIngest();
await app.StartAsync();
try
{
    await SeedAsync(app.Services, count);
    Assert.True(IssueWeek.TryParse("2026-W48", out var week));

    GC.Collect();
    var before = Process.GetCurrentProcess().WorkingSet64;
    using var sampler = new PeakSampler();
    var clock = Stopwatch.StartNew();
    DigestRunResult result;
    await using (var scope = app.Services.CreateAsyncScope())
    {
        result = await scope.ServiceProvider.GetRequiredService<DigestRun>().SendAsync(week, CancellationToken.None);
    }
    clock.Stop();
    var (peakHeap, peakWorkingSet) = sampler.Stop();

    Console.WriteLine($"digest bench: {count} confirmed subscribers on {provider}, Digest:MessagesPerSecond {rate}");
    Console.WriteLine($"  sent {result.Sent}, failed {result.Failed}, suppressed {result.Suppressed}; the SMTP listener took {smtp.Messages}");
    Console.WriteLine($"  {clock.Elapsed.TotalSeconds:0.0} s, {result.Sent / clock.Elapsed.TotalSeconds:0} mails/s");
    Console.WriteLine($"  managed heap peak {peakHeap / 1048576.0:0} MiB; working set {before / 1048576.0:0} MiB before, peak {peakWorkingSet / 1048576.0:0} MiB during the run");
}
finally
{
    await app.StopAsync();
    if (postgresDatabase is not null)
    {
        await PostgresDatabases.DropAsync(DistributedSettings.Load()["ConnectionStrings__Pipeline"], postgresDatabase);
    }
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    data.Delete(recursive: true);
}

int Option(string name, int fallback) =>
    args.SkipWhile(a => a != name).Skip(1).FirstOrDefault() is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

static async Task SeedAsync(IServiceProvider services, int count)
{
    var now = DateTimeOffset.UtcNow;
    var roles = Resume.Scoring.RoleGuideCatalog.BuiltIn.Roles.ToList();
    for (var start = 0; start < count; start += 1000)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<Ingest.Api.Candidates.CandidateKeys>();
        for (var i = start; i < Math.Min(count, start + 1000); i++)
        {
            var email = $"reader{i}@example.test";
            db.Subscribers.Add(new Subscriber
            {
                Id = Guid.NewGuid(), Email = email, Role = roles[i % roles.Count], Status = SubscriberStatus.Confirmed, RequestedAt = now, ConfirmedAt = now,
            });
            if (i % 10 == 0)
            {
                var scan = new Ingest.Data.Scans.Scan
                {
                    Id = Guid.NewGuid(), Role = roles[0], Status = Ingest.Data.Scans.ScanStatus.Completed, Score = 60 + i % 40, CreatedAt = now, UpdatedAt = now, CompletedAt = now,
                };
                db.Scans.Add(scan);
                db.CandidateScans.Add(new Ingest.Data.Candidates.CandidateScan
                {
                    ScanId = scan.Id, CandidateKey = await keys.OfAsync(email, CancellationToken.None), Score = scan.Score.Value,
                    CheckId = "quantified-impact", CheckTitle = "Results measured in numbers", CheckGain = 7, CompletedAt = now,
                });
            }
        }
        await db.SaveChangesAsync();
    }
}

/// <summary>Samples the managed heap and the working set every 50 ms while the run goes.</summary>
internal sealed class PeakSampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _heap;
    private long _workingSet;

    public PeakSampler() => _sampling = Task.Run(async () =>
    {
        while (!_stop.IsCancellationRequested)
        {
            _heap = Math.Max(_heap, GC.GetTotalMemory(false));
            _workingSet = Math.Max(_workingSet, Process.GetCurrentProcess().WorkingSet64);
            try
            {
                await Task.Delay(50, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    });

    public (long Heap, long WorkingSet) Stop()
    {
        _stop.Cancel();
        _sampling.Wait();
        return (_heap, _workingSet);
    }

    public void Dispose() => _stop.Dispose();
}

internal static class Assert
{
    public static void True(bool condition)
    {
        if (!condition)
        {
            throw new InvalidOperationException("The bench's week is not an ISO week.");
        }
    }
}
