using Ingest.Data.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Ingest.Data.SqlServer;

/// <summary>
/// For the EF tools: `dotnet ef migrations add NAME --project src/Ingest.Data.SqlServer`. Adding a migration or writing its
/// script needs no server; the connection string here is used only by `dotnet ef database update`.
/// </summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<IngestDbContext>
{
    public const string DefaultConnectionString = "Server=127.0.0.1;Database=pipeline;User Id=sa;Password=design-time;TrustServerCertificate=true";

    public IngestDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<IngestDbContext>();
        options.UseProvider(DatabaseProvider.SqlServer, Environment.GetEnvironmentVariable("ConnectionStrings__Pipeline") ?? DefaultConnectionString);
        return new IngestDbContext(options.Options);
    }
}
