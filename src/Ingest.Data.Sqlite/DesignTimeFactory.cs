using Ingest.Data.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ingest.Data.Sqlite;

/// <summary>
/// For the EF tools: `dotnet ef migrations add NAME --project src/Ingest.Data.Sqlite`. Adding a migration or writing its
/// script needs no server; the connection string here is used only by `dotnet ef database update`.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IngestDbContext>
{
    public const string DefaultConnectionString = "Data Source=design-time.db";

    public IngestDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IngestDbContext>();
        options.UseProvider(DatabaseProvider.Sqlite, Environment.GetEnvironmentVariable("ConnectionStrings__Pipeline") ?? DefaultConnectionString);
        return new IngestDbContext(options.Options);
    }
}
