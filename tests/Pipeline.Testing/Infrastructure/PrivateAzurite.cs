using System.Net.Sockets;

namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// An Azurite blob service of the suite's own (its own port and folder). With <c>--debug</c> it logs every request,
/// which is how the suite counts the writes of each blob.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private readonly string _folder;
    private int? _pid;

    private PrivateAzurite(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Every request Azurite served, one block of lines each (its <c>--debug</c> log).</summary>
    public string RequestLog => Path.Combine(_folder, "requests.log");

    public int? Pid => _pid is { } pid && Command.IsAlive(pid) ? pid : null;

    /// <summary>The connection string for the blob service at <paramref name="port"/> (this one, or a proxy in front of it).</summary>
    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};BlobEndpoint=http://127.0.0.1:{port}/devstoreaccount1;";

    public string ConnectionString => ConnectionStringFor(Port);

    public static async Task<PrivateAzurite> StartAsync(string folder)
    {
        var azurite = new PrivateAzurite(folder, FreePort.Next());
        await azurite.StartAsync();
        return azurite;
    }

    public async Task StartAsync()
    {
        // --skipApiVersionCheck: the SDK speaks a newer API version; --disableTelemetry: a quick, clean SIGTERM.
        _pid = Command.StartServer("azurite-blob",
            ["--location", Path.Combine(_folder, "data"), "--blobHost", "127.0.0.1", "--blobPort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
             "--skipApiVersionCheck", "--loose", "--disableTelemetry", "--silent", "--debug", RequestLog],
            Path.Combine(_folder, "azurite.log"));
        for (var attempt = 0; attempt < 300; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"Azurite did not listen on {Port}: {File.ReadAllText(Path.Combine(_folder, "azurite.log"))}");
    }

    public async Task StopAsync(int signal = 15)
    {
        if (Pid is { } pid)
        {
            Command.Signal(pid, signal);
            if (!await Command.WaitForExitAsync(pid, TimeSpan.FromSeconds(30)))
            {
                Command.Signal(pid, 9);
                await Command.WaitForExitAsync(pid, TimeSpan.FromSeconds(10));
            }
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}
