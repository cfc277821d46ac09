using System.Net.Http.Headers;

namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// A RabbitMQ node of the suite's own (own ports, data folder, Erlang cookie and node name), with the management plugin,
/// that it may stop, kill and start again at will; the shared broker is never touched. Runs as root by calling
/// <c>/usr/lib/rabbitmq/bin/*</c> directly: the <c>/usr/sbin</c> wrappers switch user, and with it the cookie's home.
/// </summary>
public sealed class PrivateRabbitMq : IAsyncDisposable
{
    private const string Bin = "/usr/lib/rabbitmq/bin";
    private readonly string _folder;
    private readonly Dictionary<string, string> _environment;

    private PrivateRabbitMq(string folder, int amqpPort, int managementPort, int distributionPort)
    {
        _folder = folder;
        AmqpPort = amqpPort;
        ManagementPort = managementPort;
        var node = $"pipeline-faults-{amqpPort}@localhost";
        Directory.CreateDirectory(Path.Combine(folder, "home"));
        // Queue figures every half second (not five): the suite times its faults by them.
        File.WriteAllText(Path.Combine(folder, "rabbitmq.conf"), $"management.tcp.port = {managementPort}\nmanagement.tcp.ip = 127.0.0.1\ncollect_statistics_interval = 500\n");
        File.WriteAllText(Path.Combine(folder, "enabled_plugins"), "[rabbitmq_management].\n");
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(folder, "home"),
            ["RABBITMQ_NODENAME"] = node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = amqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distributionPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(folder, "log"),
            ["RABBITMQ_PID_FILE"] = PidFile,
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(folder, "rabbitmq.conf"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(folder, "enabled_plugins"),
        };
    }

    public int AmqpPort { get; }
    public int ManagementPort { get; }
    public string ConnectionString => $"amqp://guest:guest@127.0.0.1:{AmqpPort}/";
    public Uri ManagementUrl => new($"http://127.0.0.1:{ManagementPort}/");

    /// <summary>The Erlang VM's pid while the node runs.</summary>
    public int? Pid => File.Exists(PidFile) && int.TryParse(File.ReadAllText(PidFile).Trim(), out var pid) && Command.IsAlive(pid) ? pid : null;

    private string PidFile => Path.Combine(_folder, "rabbitmq.pid");

    public static async Task<PrivateRabbitMq> StartAsync(string folder)
    {
        // 35672-35682 is where RabbitMQ's command line tools listen: not for a node.
        var ports = FreePort.Several(3, avoid: p => p is >= 35672 and <= 35682);
        var rabbit = new PrivateRabbitMq(folder, ports[0], ports[1], ports[2]);
        await rabbit.StartAsync();
        return rabbit;
    }

    /// <summary>Starts the node (again, on the same data: durable queues and persistent messages are still there).</summary>
    public async Task StartAsync()
    {
        File.Delete(PidFile);
        Command.StartServer(Path.Combine(Bin, "rabbitmq-server"), [], Path.Combine(_folder, "server.log"), _environment);
        (await Command.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["wait", "--timeout", "90", PidFile], _environment, TimeSpan.FromSeconds(120)))
            .EnsureSuccess($"RabbitMQ on {AmqpPort} (see {_folder}/server.log)");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(ManagementUrl, "api/overview"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && attempt < 150)
            {
            }
            await Task.Delay(200);
        }
    }

    /// <summary>A clean stop, as an operator's restart: waits until the VM is gone.</summary>
    public async Task StopAsync()
    {
        if (Pid is null)
        {
            return;
        }
        await Command.RunAsync(Path.Combine(Bin, "rabbitmqctl"), ["shutdown"], _environment, TimeSpan.FromSeconds(90));
    }

    /// <summary>SIGKILL to the VM: no goodbye to any client.</summary>
    public async Task KillAsync()
    {
        if (Pid is { } pid)
        {
            Command.Signal(pid, 9);
            await Command.WaitForExitAsync(pid, TimeSpan.FromSeconds(30));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (Pid is not null)
        {
            await KillAsync();
        }
    }
}
