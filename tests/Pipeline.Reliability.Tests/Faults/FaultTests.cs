using Pipeline.Testing;
using Pipeline.Testing.Infrastructure;
using Xunit.Abstractions;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// Each fault in turn on a stream of single scans (a tenant's with callbacks, and anonymous ones; one file in five a
/// bad one) and a tenant's batch sent just before it (<see cref="PartnerBatch"/>): the audit's findings must be empty,
/// and the rows go into the fault tables.
/// </summary>
[Trait("Category", "Faults")]
public sealed class FaultTests(FaultSuite suite, ITestOutputHelper output) : IClassFixture<FaultSuite>
{
    [Theory]
    [InlineData("Workers.Parse", "resume-parse")]
    [InlineData("Workers.Score", "resume-score")]
    [InlineData("Workers.Render", "resume-render")]
    public Task A_worker_killed_mid_work_and_restarted(string worker, string queue) => PlayAsync(new FaultCase(
        Array.IndexOf(DistributedStack.Workers, worker),
        $"kill -9 {worker} mid-work, restart",
        // Caught holding messages of both lanes: a single scan's and a batch scan's.
        t => t.CatchHoldingAsync(worker, [queue, $"{queue}-batch"], TimeSpan.FromMinutes(2)),
        t =>
        {
            t.Stack.Service(worker).KillHard();
            return Task.CompletedTask;
        },
        _ => TimeSpan.FromSeconds(1),
        t => t.Suite.StartAsync(worker)));

    [Fact]
    public Task The_api_killed_between_the_database_commit_and_the_publish() => PlayAsync(new FaultCase(
        3,
        "kill -9 Ingest.Api between commit and publish, restart",
        // The API is started again with the fault armed: it kills itself as it is about to publish its fifth message.
        // With a batch waiting, the release loop's first round may get there before the API reports itself ready.
        // It is restarted only once batch scans are in the pipeline: on a loaded machine the batch's intake can take
        // longer than the single uploads' first publishes, and a kill before any batch scan was released missed it.
        async t =>
        {
            var inFlight = await t.ScansInFlightAsync();
            await t.Stack.Api.StopAsync(TimeSpan.FromSeconds(30));
            try
            {
                await t.Suite.StartAsync("Ingest.Api", new Dictionary<string, string> { ["Outbox__KillBeforePublish"] = "5" });
            }
            catch (InvalidOperationException) when (t.Stack.Api.HasExited && KilledItself(t))
            {
                // The fault is in already; Inject finds it so.
            }
            return inFlight;
        },
        async t =>
        {
            if (!await FaultSuite.Until(() => t.Stack.Api.HasExited, TimeSpan.FromMinutes(1)))
            {
                throw new InvalidOperationException("Ingest.Api did not kill itself before its fifth publish.");
            }
            Assert.True(KilledItself(t), "Ingest.Api exited, but not by its own kill before a publish");
        },
        _ => TimeSpan.FromSeconds(1),
        t => t.Suite.StartAsync("Ingest.Api")));

    [Fact]
    public Task The_api_killed_while_its_status_consumer_is_mid_work() => PlayAsync(new FaultCase(
        4,
        "kill -9 Ingest.Api mid status update, restart",
        // The status queue serves both lanes: frozen while batch scans are in the pipeline too (a thaw in between may
        // end the whole window before the next is released).
        t => t.CatchHoldingAsync("Ingest.Api", ["scan-status"], TimeSpan.FromMinutes(2), async () => (await t.Ledger.InFlightAsync()).Batch > 0),
        t =>
        {
            t.Stack.Api.KillHard();
            return Task.CompletedTask;
        },
        _ => TimeSpan.FromSeconds(1),
        t => t.Suite.StartAsync("Ingest.Api")));

    [Fact]
    public Task RabbitMQ_stopped_and_started_again() => PlayAsync(new FaultCase(
        5, "RabbitMQ stopped, started again",
        t => t.ScansInFlightAsync(), t => t.Suite.Services.Rabbit.StopAsync(), t => t.Profile.Outage, t => t.Suite.Services.Rabbit.StartAsync()));

    [Fact]
    public Task PostgreSQL_stopped_and_started_again() => PlayAsync(new FaultCase(
        6, "PostgreSQL stopped, started again",
        t => t.ScansInFlightAsync(), t => t.Suite.Services.Postgres.StopAsync(), t => t.Profile.Outage, t => t.Suite.Services.Postgres.StartAsync()));

    [Fact]
    public Task Azurite_stopped_and_started_again() => PlayAsync(new FaultCase(
        7, "Azurite stopped, started again",
        t => t.ScansInFlightAsync(), t => t.Suite.Services.Azurite.StopAsync(), t => t.Profile.Outage, t => t.Suite.Services.Azurite.StartAsync()));

    [Fact]
    public Task A_worker_cut_off_from_the_blob_store() => PlayAsync(new FaultCase(
        8,
        $"{FaultSuite.ProxiedWorker} cut off from the blob store",
        t => t.ScansInFlightAsync(),
        t =>
        {
            t.Suite.BlobProxy.Cut();
            return Task.CompletedTask;
        },
        t => t.Profile.BlobCut,
        t =>
        {
            t.Suite.BlobProxy.Restore();
            return Task.CompletedTask;
        }));

    /// <summary>
    /// The four services on the file-system blob store, on a small tmpfs of their own that the suite fills to the last
    /// byte while uploads go on, then frees.
    /// </summary>
    [Fact]
    public async Task The_file_system_blob_store_runs_out_of_space()
    {
        var (folder, reason) = await SizeLimitedFolder.TryMountAsync(Path.Combine(suite.Services.Folder.FullName, "blobs"), 128);
        Assert.True(folder is not null, $"a size-limited folder is needed (the suite runs as root here and in CI): {reason}");
        await using var _ = folder;
        // The store keeps its blobs under DataPath/blobs; its folders made first, so the watcher sees every write in them.
        var blobs = Path.Combine(folder.Path, "blobs");
        foreach (var kind in new[] { "uploads", "jobs", "parsed", "scores", "reports", "optimized" })
        {
            Directory.CreateDirectory(Path.Combine(blobs, kind));
        }
        using var writes = new FolderWrites(blobs);
        var settings = suite.Settings();
        settings["Pipeline__BlobStore"] = "FileSystem";
        settings["Pipeline__DataPath"] = folder.Path;
        await using var stack = await DistributedStack.StartAsync(settings, on: suite.Services.Infrastructure);
        using var http = stack.CreateApiClient();
        var tenant = await TenantAdmin.CreateAsync(http, FaultSuite.AdminKey, "Full Disk Career Centre");

        await PlayAsync(new FaultCase(
            9, "file-system blob store full (tmpfs), then freed",
            t => t.ScansInFlightAsync(),
            async t =>
            {
                await folder.FillAsync();
                Assert.True(folder.FreeBytes < 64 * 1024, $"the folder still has {folder.FreeBytes} bytes free");
            },
            t => t.Profile.Outage,
            _ =>
            {
                folder.Free();
                return Task.CompletedTask;
            }), new FaultTarget(suite, stack, tenant, writes));
        Assert.Null(writes.Overflowed);
    }

    private static bool KilledItself(FaultTarget t) =>
        t.Stack.Api.Output.Any(line => line.Contains("Outbox:KillBeforePublish: killing this process", StringComparison.Ordinal));

    /// <summary>Plays the fault and checks its findings; when the case fails, its output tells what became of every service process.</summary>
    private async Task PlayAsync(FaultCase fault, FaultTarget? target = null)
    {
        try
        {
            var findings = await suite.RunAsync(fault, target);
            output.WriteLine(FaultTable.Add(findings, suite.Profile));
            Assert.True(findings.Problems.Count == 0, string.Join('\n', findings.Problems));
            Assert.Equal((0, 0), (findings.Row.Lost, findings.Row.Duplicated));
            Assert.NotNull(findings.BatchRow);
            Assert.Equal((0, 0), (findings.BatchRow.Lost, findings.BatchRow.EndedTwice));
        }
        catch
        {
            output.WriteLine(FaultSuite.Watch(target?.Stack ?? suite.Stack).Report());
            throw;
        }
    }
}
