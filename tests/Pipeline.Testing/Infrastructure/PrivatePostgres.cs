using System.Globalization;

namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of the suite's own (initdb into its folder, its own port and socket directory), run as the
/// <c>postgres</c> user because initdb refuses root, with the role and database <c>pipeline</c> the services expect.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _data;
    private readonly string _socket;
    private readonly string _bin;

    private PrivatePostgres(string folder, int port)
    {
        Port = port;
        _data = Path.Combine(folder, "data");
        _socket = Path.Combine(folder, "run");
        _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(v => Path.Combine(v, "bin"))
            .Where(b => File.Exists(Path.Combine(b, "initdb")))
            .OrderByDescending(b => int.Parse(Path.GetFileName(Path.GetDirectoryName(b)!), CultureInfo.InvariantCulture))
            .FirstOrDefault() ?? throw new InvalidOperationException("No PostgreSQL server under /usr/lib/postgresql.");
    }

    public int Port { get; }
    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=pipeline;Password=pipeline;Database=pipeline";

    /// <summary>The postmaster's pid while the cluster runs.</summary>
    public int? Pid
    {
        get
        {
            var file = Path.Combine(_data, "postmaster.pid");
            return File.Exists(file) && int.TryParse(File.ReadLines(file).FirstOrDefault(), out var pid) && Command.IsAlive(pid) ? pid : null;
        }
    }

    public static async Task<PrivatePostgres> StartAsync(string folder)
    {
        var postgres = new PrivatePostgres(folder, FreePort.Next());
        Directory.CreateDirectory(postgres._data);
        Directory.CreateDirectory(postgres._socket);
        // The postgres user must reach its folders through ours.
        for (var dir = new DirectoryInfo(folder); dir is not null && dir.FullName != "/"; dir = dir.Parent)
        {
            if (!OperatingSystem.IsWindows() && dir.FullName.StartsWith(Path.GetTempPath().TrimEnd('/') + "/", StringComparison.Ordinal))
            {
                dir.UnixFileMode |= UnixFileMode.OtherExecute | UnixFileMode.GroupExecute;
            }
        }
        (await Command.RunAsync("chown", ["-R", "postgres", postgres._data, postgres._socket])).EnsureSuccess("chown");
        (await postgres.AsPostgresAsync("initdb", "-D", postgres._data, "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8",
            "--auth-local=trust", "--auth-host=scram-sha-256")).EnsureSuccess("initdb");
        await postgres.StartAsync();
        (await postgres.AsPostgresAsync("psql", "-h", postgres._socket, "-p", postgres.Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres",
            "-d", "postgres", "-qAt", "-c", "CREATE ROLE pipeline LOGIN CREATEDB PASSWORD 'pipeline'", "-c", "CREATE DATABASE pipeline OWNER pipeline"))
            .EnsureSuccess("creating the pipeline role");
        return postgres;
    }

    public async Task StartAsync() =>
        (await AsPostgresAsync("pg_ctl", "-D", _data, "-l", Path.Combine(_socket, "postgres.log"), "-w", "-t", "60", "-o",
            $"-p {Port} -k {_socket} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200", "start")).EnsureSuccess($"PostgreSQL on {Port}");

    /// <summary>
    /// Stops the cluster: <c>fast</c> ends every session and checkpoints (an operator's restart); <c>immediate</c> ends
    /// every process at once, with recovery on the next start (as a crash).
    /// </summary>
    public async Task StopAsync(string mode = "fast")
    {
        if (Pid is not null)
        {
            await AsPostgresAsync("pg_ctl", "-D", _data, "-m", mode, "-w", "-t", "60", "stop");
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync("immediate");

    private Task<Command.Result> AsPostgresAsync(string tool, params string[] arguments) =>
        Command.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. arguments], timeout: TimeSpan.FromSeconds(120));
}
