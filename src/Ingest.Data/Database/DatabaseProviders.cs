using Microsoft.EntityFrameworkCore;
using Npgsql;

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
            DatabaseProvider.Postgres => options.UseNpgsql(WithAutoPrepare(connectionString), o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            DatabaseProvider.SqlServer => options.UseSqlServer(connectionString, o => o.MigrationsAssembly(MigrationsAssembly(provider))),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
        };

    /// <summary>
    /// Npgsql prepares none of its statements unless told to; the API runs the same few (status updates, outbox claims)
    /// for every scan, and preparing them saves PostgreSQL parsing and planning each one. A connection string that says
    /// otherwise (for a pooler in transaction mode, say <c>Max Auto Prepare=0</c>) is left as it is.
    /// </summary>
    private static string WithAutoPrepare(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.MaxAutoPrepare == 0 && !connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 32;
        }
        return builder.ConnectionString;
    }
}
