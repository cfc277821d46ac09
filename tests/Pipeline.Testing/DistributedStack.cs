using System.Text.Json;
using Pipeline.Testing.Infrastructure;

namespace Pipeline.Testing;

/// <summary>
/// The distributed mode for real: Ingest.Api and the three workers as separate processes over RabbitMQ, Azurite and
/// PostgreSQL, with the settings <c>scripts/services.sh env</c> prints (or those of the suite's private services). Each
/// stack has its own virtual host, database and blob container prefix, so runs never see each other's messages, rows or
/// files. A service started again keeps its address, as a restarted server would.
/// </summary>
public sealed class DistributedStack : IAsyncDisposable
{
    public static readonly string[] Workers = ["Workers.Parse", "Workers.Score", "Workers.Render"];

    // Read by watches on other threads while services are started: under _gate.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ServiceProcess> _services = new(StringComparer.Ordinal);
    private readonly List<ServiceProcess> _everStarted = [];
    private readonly Dictionary<string, string> _environment;
    private readonly string _baseDatabase;
    private readonly Dictionary<string, Uri> _urls = new(StringComparer.Ordinal);
    private readonly RabbitMqAdmin _rabbit;

    private DistributedStack(Dictionary<string, string> environment, Uri rabbitManagement, string baseDatabase, string virtualHost, string database, string blobPrefix)
    {
        _environment = environment;
        _rabbit = new RabbitMqAdmin(rabbitManagement);
        _baseDatabase = baseDatabase;
        VirtualHost = virtualHost;
        Database = database;
        BlobPrefix = blobPrefix;
    }

    public string VirtualHost { get; }
    public string Database { get; }
    public string BlobPrefix { get; }
    public IReadOnlyDictionary<string, string> Environment => _environment;
    public RabbitMqAdmin Rabbit => _rabbit;
    public ServiceProcess Api => Service("Ingest.Api");

    public ServiceProcess Service(string name)
    {
        lock (_gate)
        {
            return _services[name];
        }
    }

    /// <summary>The latest process of each service started so far, running or not.</summary>
    public IReadOnlyList<ServiceProcess> Current
    {
        get
        {
            lock (_gate)
            {
                return [.. _services.Values];
            }
        }
    }

    /// <summary>
    /// Creates the run's virtual host and database and starts the API (unless <paramref name="withApi"/> is false) and the
    /// workers named (all by default; none for an empty list), on the shared services unless <paramref name="on"/> names others.
    /// </summary>
    public static async Task<DistributedStack> StartAsync(
        IReadOnlyDictionary<string, string>? extraSettings = null, IEnumerable<string>? workers = null, bool withApi = true,
        StackInfrastructure? on = null)
    {
        var infrastructure = on ?? StackInfrastructure.Shared();
        var settings = new Dictionary<string, string>(infrastructure.Settings, StringComparer.Ordinal);
        var run = Guid.NewGuid().ToString("N")[..10];
        var virtualHost = $"pipeline-test-{run}";
        var database = $"pipeline_test_{run}";
        var blobPrefix = $"t{run}-";

        var baseDatabase = settings["ConnectionStrings__Pipeline"];
        settings["Pipeline__BlobContainerPrefix"] = blobPrefix;
        // One JSON object per log line, with the scan id in scope: the tests count events per scan from the logs.
        settings["Logging__Console__FormatterName"] = "json";
        settings["Logging__Console__FormatterOptions__IncludeScopes"] = "true";
        settings["Logging__LogLevel__Default"] = "Information";
        settings["Ingest__AnonymousUploadsPerWindow"] = "100000";
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        // The run's own virtual host, on whichever broker the settings name (a private one included).
        var rabbit = new Uri(settings["ConnectionStrings__RabbitMq"]);
        settings["ConnectionStrings__RabbitMq"] = new UriBuilder(rabbit) { Path = "/" + virtualHost }.Uri.ToString();

        var stack = new DistributedStack(settings, infrastructure.RabbitManagement, baseDatabase, virtualHost, database, blobPrefix);
        try
        {
            await stack._rabbit.CreateVirtualHostAsync(virtualHost);
            settings["ConnectionStrings__Pipeline"] = await PostgresDatabases.CreateAsync(baseDatabase, database);
            if (withApi)
            {
                await stack.StartServiceAsync("Ingest.Api");
            }
            await Task.WhenAll((workers ?? Workers).Select(w => stack.StartServiceAsync(w)));
            return stack;
        }
        catch
        {
            await stack.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts (or starts again, on the same address) one service and waits until it is ready; <paramref name="overrides"/>
    /// are settings for this one process only (say, a blob store address behind a proxy).
    /// </summary>
    public async Task<ServiceProcess> StartServiceAsync(string name, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var environment = new Dictionary<string, string>(_environment, StringComparer.Ordinal);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }
        for (var attempt = 1; ; attempt++)
        {
            Uri? url;
            bool firstStart;
            lock (_gate)
            {
                if (_services.TryGetValue(name, out var previous) && !previous.HasExited)
                {
                    throw new InvalidOperationException($"{name} is already running.");
                }
                firstStart = !_urls.TryGetValue(name, out url);
                if (firstStart)
                {
                    _urls[name] = url = new Uri($"http://127.0.0.1:{FreePort.Next()}");
                }
            }
            var service = ServiceProcess.Start(name, RepoPaths.ServiceDll(name), environment, url!);
            lock (_gate)
            {
                _services[name] = service;
                _everStarted.Add(service);
            }
            try
            {
                await service.WaitReadyAsync(TimeSpan.FromSeconds(90));
                return service;
            }
            catch (InvalidOperationException) when (firstStart && attempt < 3 && service.HasExited && PortTaken(service))
            {
                // Someone else (another test run on this machine) bound the port between its choice and this start: a
                // first start may take another; a restart keeps its address, and fails.
                lock (_gate)
                {
                    _urls.Remove(name);
                }
            }
        }
    }

    private static bool PortTaken(ServiceProcess service) =>
        service.Output.Any(line => line.Contains("address already in use", StringComparison.OrdinalIgnoreCase));

    /// <summary>The service's <c>/metrics</c>, parsed.</summary>
    public async Task<IReadOnlyList<MetricSample>> MetricsAsync(string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return PrometheusText.Parse(await http.GetStringAsync(new Uri(Service(name).Url, "/metrics")));
    }

    public HttpClient CreateApiClient() => new() { BaseAddress = Api.Url, Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>Every process started so far (restarts included), running or not.</summary>
    public IReadOnlyList<ServiceProcess> EveryProcess
    {
        get
        {
            lock (_gate)
            {
                return [.. _everStarted];
            }
        }
    }

    /// <summary>The structured log lines of every process run so far under this name (restarts included), parsed.</summary>
    public IEnumerable<JsonElement> LogEntries(string name) =>
        EveryProcess.Where(s => s.Name == name).SelectMany(s => Parse(s.Output));

    /// <summary>How many times the API logged moving each scan to <paramref name="status"/> (e.g. "Completed"), by scan id.</summary>
    public IReadOnlyDictionary<string, int> StatusMoves(string status) => LogEntries("Ingest.Api")
        .Where(e => e.TryGetProperty("Message", out var m) && m.GetString() == $"Scan is now {status}")
        .Select(ScanIdOf)
        .Where(id => id is not null)
        .GroupBy(id => id!)
        .ToDictionary(g => g.Key, g => g.Count());

    private static string? ScanIdOf(JsonElement entry) => ScopeValue(entry, "ScanId");

    /// <summary>A value a log line carries in its scopes (<c>ScanId</c>, <c>TraceId</c>, …), or null.</summary>
    public static string? ScopeValue(JsonElement entry, string key)
    {
        if (!entry.TryGetProperty("Scopes", out var scopes) || scopes.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        foreach (var scope in scopes.EnumerateArray())
        {
            if (scope.ValueKind == JsonValueKind.Object && scope.TryGetProperty(key, out var value))
            {
                return value.GetString();
            }
        }
        return null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var service in EveryProcess)
        {
            await service.DisposeAsync();
        }
        await _rabbit.DeleteVirtualHostAsync(VirtualHost);
        await PostgresDatabases.DropAsync(_baseDatabase, Database);
        _rabbit.Dispose();
        if (_environment.GetValueOrDefault("Pipeline__BlobStore") != "AzureBlob")
        {
            return;
        }
        var blobs = new Azure.Storage.Blobs.BlobServiceClient(_environment["ConnectionStrings__Blobs"]);
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: BlobPrefix))
        {
            await blobs.DeleteBlobContainerAsync(container.Name);
        }
    }

    private static IEnumerable<JsonElement> Parse(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            if (!line.StartsWith('{'))
            {
                continue;
            }
            JsonElement entry;
            try
            {
                entry = JsonDocument.Parse(line).RootElement.Clone();
            }
            catch (JsonException)
            {
                continue;
            }
            yield return entry;
        }
    }
}
