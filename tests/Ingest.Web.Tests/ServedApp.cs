using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Pipeline.Testing;

namespace Ingest.Web.Tests;

/// <summary>The all-in-one Ingest.Api on a real loopback port (a browser cannot reach the in-memory test server).</summary>
public sealed class ServedApp : WebApplicationFactory<Program>
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("ingest-web-").FullName;
    private readonly IReadOnlyDictionary<string, string?> _settings;

    /// <summary>The app's data folder (SQLite, blobs, and mail as .eml files).</summary>
    public string DataPath => _dataPath;

    public ServedApp(IReadOnlyDictionary<string, string?>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string?>();
        Port = FreePort.Next();
        UseKestrel(Port);
        StartServer();
    }

    public int Port { get; }

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Pipeline:DataPath", _dataPath);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp folder is the system's to clean.
        }
    }
}
