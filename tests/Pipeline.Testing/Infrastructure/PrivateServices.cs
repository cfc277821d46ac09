namespace Pipeline.Testing.Infrastructure;

/// <summary>
/// RabbitMQ, PostgreSQL and Azurite of the suite's own, each on free ports with its own data folder, so the suite may
/// stop, kill and restart them while the shared services (and everyone else's tests) go on untouched.
/// </summary>
public sealed class PrivateServices : IAsyncDisposable
{
    private PrivateServices(DirectoryInfo folder, PrivateRabbitMq rabbit, PrivatePostgres postgres, PrivateAzurite azurite)
    {
        Folder = folder;
        Rabbit = rabbit;
        Postgres = postgres;
        Azurite = azurite;
    }

    public DirectoryInfo Folder { get; }
    public PrivateRabbitMq Rabbit { get; }
    public PrivatePostgres Postgres { get; }
    public PrivateAzurite Azurite { get; }

    /// <summary>The distributed mode's settings pointed at these services.</summary>
    public StackInfrastructure Infrastructure => new(new Dictionary<string, string>
    {
        ["Pipeline__Transport"] = "RabbitMq",
        ["ConnectionStrings__RabbitMq"] = Rabbit.ConnectionString,
        ["Pipeline__BlobStore"] = "AzureBlob",
        ["ConnectionStrings__Blobs"] = Azurite.ConnectionString,
        ["Database__Provider"] = "Postgres",
        ["ConnectionStrings__Pipeline"] = Postgres.ConnectionString,
        ["Pipeline__Workers"] = "None",
    }, Rabbit.ManagementUrl);

    public static async Task<PrivateServices> StartAsync()
    {
        var folder = Directory.CreateTempSubdirectory("pipeline-faults-");
        var rabbit = PrivateRabbitMq.StartAsync(Sub(folder, "rabbitmq"));
        var postgres = PrivatePostgres.StartAsync(Sub(folder, "postgres"));
        var azurite = PrivateAzurite.StartAsync(Sub(folder, "azurite"));
        try
        {
            await Task.WhenAll(rabbit, postgres, azurite);
        }
        catch
        {
            await Task.WhenAll(new[] { rabbit.IsCompletedSuccessfully ? rabbit.Result.DisposeAsync().AsTask() : Task.CompletedTask,
                postgres.IsCompletedSuccessfully ? postgres.Result.DisposeAsync().AsTask() : Task.CompletedTask,
                azurite.IsCompletedSuccessfully ? azurite.Result.DisposeAsync().AsTask() : Task.CompletedTask });
            throw;
        }
        return new PrivateServices(folder, rabbit.Result, postgres.Result, azurite.Result);
    }

    public async ValueTask DisposeAsync()
    {
        await Rabbit.DisposeAsync();
        await Postgres.DisposeAsync();
        await Azurite.DisposeAsync();
        try
        {
            Folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a process on its way out; the temp folder is cleaned by the system later.
        }
    }

    private static string Sub(DirectoryInfo folder, string name) => Directory.CreateDirectory(Path.Combine(folder.FullName, name)).FullName;
}
