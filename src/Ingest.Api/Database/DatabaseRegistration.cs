using Ingest.Data;
using Ingest.Data.Database;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;

namespace Ingest.Api.Database;

public static class DatabaseRegistration
{
    /// <summary>The database <c>Database:Provider</c> names, migrated at start, with its readiness check.</summary>
    public static IHostApplicationBuilder AddIngestDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>()
            .BindConfiguration(DatabaseOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString ??= configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)
                ?? (options.Provider == DatabaseProvider.Sqlite ? SqliteDefault(configuration) : null))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Pooled: a fresh context per message or request spent more CPU building EF's internal services than the
        // status UPDATE it then ran (about a tenth of the API's CPU under load).
        builder.Services.AddDbContextPool<IngestDbContext>((services, options) =>
        {
            var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            options.UseProvider(database.Provider, database.ConnectionString!);
        });
        builder.Services.AddHostedService<DatabaseMigrator>();
        builder.Services.AddHealthChecks().AddDbContextCheck<IngestDbContext>("database", tags: [ServiceDefaultsExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>The provider chosen at registration time, for the parts (Hangfire storage) that are picked then.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        configuration.GetSection(DatabaseOptions.Section).GetValue(nameof(DatabaseOptions.Provider), DatabaseProvider.Sqlite);

    private static string SqliteDefault(IConfiguration configuration) =>
        $"Data Source={Path.Combine(configuration["Pipeline:DataPath"] ?? "./data", "pipeline.db")}";
}
