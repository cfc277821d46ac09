using System.Diagnostics;
using Pipeline.Testing;
using Pipeline.Testing.Infrastructure;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// The stage every fault is played on: private RabbitMQ, PostgreSQL and Azurite (the suite's own, so it may stop and
/// kill them), the four services as processes on them, a tenant whose uploads and batches call back a receiver, an
/// SMTP listener for the batches' completion mail, and a TCP proxy between one worker and the blob store that the
/// suite can cut.
/// </summary>
public sealed class FaultSuite : IAsyncLifetime
{
    public const string AdminKey = "reliability-admin-key-0123456789";

    /// <summary>The worker that reaches the blob store through <see cref="BlobProxy"/>.</summary>
    public const string ProxiedWorker = "Workers.Render";

    private PrivateServices? _services;
    private DistributedStack? _stack;
    private CallbackReceiver? _receiver;
    private MailCatcher? _mail;
    private TcpProxy? _proxy;
    private CreatedTenant? _tenant;

    public FaultProfile Profile { get; } = FaultProfile.Current;
    public PrivateServices Services => _services ?? throw NotStarted();
    public DistributedStack Stack => _stack ?? throw NotStarted();
    public CallbackReceiver Receiver => _receiver ?? throw NotStarted();
    public MailCatcher Mail => _mail ?? throw NotStarted();
    public TcpProxy BlobProxy => _proxy ?? throw NotStarted();
    public CreatedTenant Tenant => _tenant ?? throw NotStarted();

    /// <summary>
    /// Settings of every service in the suite. Short outbox leases and back-off so an instance that died or a broker
    /// that came back is noticed in seconds rather than the production half-minute; callbacks may reach the loopback
    /// receiver; mail goes to the suite's SMTP listener.
    /// </summary>
    public Dictionary<string, string> Settings()
    {
        var settings = new Dictionary<string, string>
        {
            ["Admin__ApiKey"] = AdminKey,
            ["Callbacks__AllowPrivateNetworks"] = "true",
            ["Outbox__Lease"] = "00:00:05",
            ["Outbox__MaxBackoff"] = "00:00:03",
        };
        foreach (var (key, value) in Mail.Settings)
        {
            settings[key.Replace(":", "__", StringComparison.Ordinal)] = value!;
        }
        return settings;
    }

    public async Task InitializeAsync()
    {
        _services = await PrivateServices.StartAsync();
        _proxy = TcpProxy.To(_services.Azurite.Port);
        _receiver = await CallbackReceiver.StartAsync();
        _mail = new MailCatcher();
        _stack = await DistributedStack.StartAsync(Settings(), workers: [], on: _services.Infrastructure);
        await Task.WhenAll(DistributedStack.Workers.Select(w => StartAsync(w)));
        using var http = _stack.CreateApiClient();
        _tenant = await TenantAdmin.CreateAsync(http, AdminKey, "Reliability Career Centre");
    }

    /// <summary>Starts (again) a service of the stack, the proxied worker behind the proxy.</summary>
    public Task<ServiceProcess> StartAsync(string name, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>(overrides ?? new Dictionary<string, string>());
        if (name == ProxiedWorker)
        {
            settings["ConnectionStrings__Blobs"] = PrivateAzurite.ConnectionStringFor(BlobProxy.Port);
        }
        return Stack.StartServiceAsync(name, settings);
    }

    /// <summary>The main stack: its tenant, and writes counted from the private Azurite's request log.</summary>
    public FaultTarget Main => new(this, Stack, Tenant, new AzuriteWrites(Services.Azurite.RequestLog, Stack.BlobPrefix));

    /// <summary>
    /// Plays one fault on a stream of uploads and a batch sent just before it, to <paramref name="target"/> (the main
    /// stack by default), and audits what became of every upload and of the batch.
    /// </summary>
    public async Task<FaultFindings> RunAsync(FaultCase fault, FaultTarget? target = null)
    {
        if (target is null)
        {
            await EnsureRunningAsync();
        }
        var t = target ?? Main;
        // A service the fault did not end that ends anyway fails the case at once, with its exit code and last lines.
        using var abandon = new CancellationTokenSource();
        try
        {
            return await Watch(t.Stack).GuardAsync(PlayAsync(fault, t, abandon.Token), $"the fault \"{fault.Name}\" was played");
        }
        finally
        {
            // Whatever the case left running stops: the uploads at once, the rest at its next step.
            await abandon.CancelAsync();
        }
    }

    /// <summary>
    /// The processes of <paramref name="stack"/> watched for one that ends unbidden. The API armed to kill itself before a
    /// publish says so on its way out, and may.
    /// </summary>
    public static ServiceWatch Watch(DistributedStack stack) =>
        new(stack, process => process.Output.Any(line => line.StartsWith("Outbox:KillBeforePublish: killing this process", StringComparison.Ordinal)));

    private async Task<FaultFindings> PlayAsync(FaultCase fault, FaultTarget t, CancellationToken abandoned)
    {
        var stream = new UploadStream(() => t.Stack.Api.Url, t.Tenant.ApiKey, Receiver.Url);
        var label = new string(fault.Name.Where(char.IsLetter).Take(12).ToArray()).ToLowerInvariant();
        using var stopSending = CancellationTokenSource.CreateLinkedTokenSource(abandoned);
        var sending = stream.RunAsync(10_000, Profile.Interval, i => UploadMix.For(i, label), giveUpAfter: TimeSpan.FromMinutes(3), stopSending.Token);

        await Until(() => stream.Uploads.Count >= Profile.Before, TimeSpan.FromMinutes(1));
        var contact = $"careers-{fault.Order}-{label}@centre.example";
        var batch = new BatchRun(await BatchSubmission.SendAsync(t.Stack.Api.Url, t.Tenant.ApiKey, PartnerBatch.Make(Profile.BatchSize, label, fault.Order),
            new Dictionary<string, string> { ["callbackUrl"] = Receiver.Url, ["contactEmail"] = contact }, TimeSpan.FromMinutes(3)), contact);
        abandoned.ThrowIfCancellationRequested();
        var armed = await fault.Arm(t);
        abandoned.ThrowIfCancellationRequested();
        // Where the work stood as the fault landed: the batch must be in the pipeline, not waiting for it or done.
        var inFlight = await InFlightAsync(t);
        var injectedAt = DateTimeOffset.UtcNow;
        try
        {
            await fault.Inject(t);
            // The API that kills itself at a publish does so inside Inject: where the work stood then is what counts.
            if (inFlight is not { Batch: > 0 })
            {
                inFlight = await InFlightAsync(t);
            }
            await Task.Delay(fault.Hold(t));
        }
        finally
        {
            await fault.Restore(t);
        }
        var restoredAt = DateTimeOffset.UtcNow;
        var sentByThen = stream.Uploads.Count;
        await Until(() => stream.Uploads.Count >= sentByThen + Profile.After, TimeSpan.FromMinutes(1));
        await stopSending.CancelAsync();
        await sending;
        abandoned.ThrowIfCancellationRequested();

        var timing = new List<string> { $"at the fault {inFlight?.Batch} batch and {inFlight?.Singles} single scans in flight" };
        var audit = new FaultAudit(t.Stack, t.Tenant, Receiver, Mail, t.Writes);
        var findings = await audit.RunAsync(fault, stream, batch, armed, injectedAt, restoredAt, timing);
        return inFlight is { Batch: > 0 }
            ? findings
            : findings with { Problems = [.. findings.Problems, "the batch had no scan in the pipeline when the fault landed: the fault missed it"] };
    }

    /// <summary>The scans in flight by the API's database, or null while it is the fault.</summary>
    private static async Task<InFlight?> InFlightAsync(FaultTarget target)
    {
        try
        {
            return await target.Ledger.InFlightAsync();
        }
        catch (Npgsql.NpgsqlException)
        {
            return null;
        }
    }

    /// <summary>Whatever an earlier fault left down (a failed test stops half-way) is started again, so one failure does not cascade.</summary>
    private async Task EnsureRunningAsync()
    {
        BlobProxy.Restore();
        if (Services.Rabbit.Pid is null)
        {
            await Services.Rabbit.StartAsync();
        }
        if (Services.Postgres.Pid is null)
        {
            await Services.Postgres.StartAsync();
        }
        if (Services.Azurite.Pid is null)
        {
            await Services.Azurite.StartAsync();
        }
        foreach (var name in DistributedStack.Workers.Prepend("Ingest.Api").Where(n => Stack.Service(n).HasExited))
        {
            await StartAsync(name);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds; false when <paramref name="timeout"/> passed first.</summary>
    public static async Task<bool> Until(Func<bool> condition, TimeSpan timeout) => await Until(() => Task.FromResult(condition()), timeout);

    public static async Task<bool> Until(Func<Task<bool>> condition, TimeSpan timeout, int pollMs = 100)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }
            await Task.Delay(pollMs);
        }
        return true;
    }

    public async Task DisposeAsync()
    {
        if (_stack is not null)
        {
            await _stack.DisposeAsync();
        }
        if (_receiver is not null)
        {
            await _receiver.DisposeAsync();
        }
        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }
        if (_proxy is not null)
        {
            await _proxy.DisposeAsync();
        }
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The fault suite did not start.");
}
