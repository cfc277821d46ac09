using Ingest.Data;
using MassTransit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Contracts;
using Pipeline.Storage;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>
/// Ingest.Api in its default all-in-one mode (in-memory transport, the three stages in-process, SQLite and blob files
/// under a fresh data folder, Hangfire in memory) with extra settings and services on top.
/// </summary>
public sealed class AllInOneApp(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public string DataPath { get; } = Directory.CreateTempSubdirectory("ingest-tests-").FullName;

    public string BlobFolder => Path.Combine(DataPath, "blobs");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Pipeline:DataPath", DataPath);
        builder.UseSetting("Ingest:AnonymousUploadsPerWindow", "10000");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }
        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }

    public ScansClient Scans() => new(CreateClient());

    /// <summary>Serves on a real loopback port (for what the in-memory test server cannot show, such as a dropped connection); call before first use.</summary>
    public Uri StartOnLoopback()
    {
        var port = FreePort.Next();
        UseKestrel(port);
        StartServer();
        return new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>Runs <paramref name="work"/> with a fresh database context, as a request would.</summary>
    public async Task<T> WithDbAsync<T>(Func<IngestDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IngestDbContext>());
    }

    public IBlobStore Blobs => Services.GetRequiredService<IBlobStore>();
    public IBus Bus => Services.GetRequiredService<IBus>();

    /// <summary>Files in the blob folder that belong to the scan.</summary>
    public IReadOnlyList<string> BlobFilesOf(string scanId) => Directory.Exists(BlobFolder)
        ? Directory.EnumerateFiles(BlobFolder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f).StartsWith(scanId, StringComparison.Ordinal)).ToList()
        : [];

    public static string IdOf(Guid scanId) => BlobNames.Id(scanId);

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file for a moment; the temp folder is cleaned by the system.
        }
    }
}
