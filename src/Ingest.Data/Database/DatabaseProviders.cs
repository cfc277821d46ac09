using Microsoft.EntityFrameworkCore;

namespace Ingest.Data.Database;

/// <summary>The one place a provider is chosen, for the running service and for the design-time tools alike.</summary>
public static class DatabaseProviders
{
    /// <summary>Each provider's migrations assembly (they differ in types and SQL, so each has its own).</summary>
    public static string MigrationsAssembly(DatabaseProvider provider) => $"Ingest.Data.{provider}";

    public static DbContextOptionsBuilder UseProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };
}
