using Hangfire;
using Hangfire.PostgreSql;
using Ingest.Api.Admin;
using Ingest.Api.Database;
using Ingest.Api.Hosting;
using Ingest.Data.Database;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Sweeps;

public static class HangfireRegistration
{
    public const string StuckScansJob = "stuck-scans";

    public const string RetentionJob = "retention-purge";

    /// <summary>Hangfire on the service's own database (in memory for SQLite), a small server, the stuck-scan sweep and the retention purge.</summary>
    public static IHostApplicationBuilder AddIngestJobs(this IHostApplicationBuilder builder)
    {
        var provider = DatabaseRegistration.Provider(builder.Configuration);
        builder.Services.AddHangfire((services, hangfire) =>
        {
            hangfire
                .SetDataCompatibilityLevel(Hangfire.CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // Reading .Value validates the options: a missing connection string fails here with the same clear message.
            var connectionString = services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!;
            _ = provider switch
            {
                // LISTEN/NOTIFY: a queued job (a confirmation mail, a callback) starts at once, not at the next 15 s poll.
                DatabaseProvider.Postgres => hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString), new PostgreSqlStorageOptions { EnableLongPolling = true }),
                DatabaseProvider.SqlServer => hangfire.UseSqlServerStorage(() => new Microsoft.Data.SqlClient.SqlConnection(connectionString)),
                // Hangfire's SQLite storage drags in a second SQLite binding; the all-in-one mode keeps jobs in memory.
                _ => (object)hangfire.UseInMemoryStorage(),
            };
        });
        builder.Services.AddHangfireServer(server =>
        {
            server.WorkerCount = 2;
            server.SchedulePollingInterval = TimeSpan.FromSeconds(5);
        });
        builder.Services.AddScoped<StuckScanSweep>();
        builder.Services.AddScoped<RetentionPurge>();
        builder.Services.AddHostedService<RecurringJobsRegistrar>();
        return builder;
    }

    /// <summary>The dashboard at /hangfire, only when <c>Admin:ApiKey</c> is set, and only for requests that carry it.</summary>
    public static WebApplication MapIngestDashboard(this WebApplication app)
    {
        var admin = app.Services.GetRequiredService<IOptions<AdminOptions>>().Value;
        if (admin.Enabled)
        {
            app.MapHangfireDashboard("/hangfire", new DashboardOptions
            {
                Authorization = [new AdminDashboardFilter(admin.ApiKey!)],
                DisplayStorageConnectionString = false,
                DashboardTitle = "Resume Pipeline jobs",
            });
        }
        return app;
    }

    private sealed class RecurringJobsRegistrar(IRecurringJobManager jobs, IOptions<IngestOptions> options, ILogger<RecurringJobsRegistrar> logger)
        : RecurringJobRegistrar(jobs, logger)
    {
        protected override void Register(IRecurringJobManager jobs)
        {
            jobs.AddOrUpdate<StuckScanSweep>(StuckScansJob, sweep => sweep.RunAsync(CancellationToken.None), options.Value.SweepCron);
            jobs.AddOrUpdate<RetentionPurge>(RetentionJob, purge => purge.RunAsync(CancellationToken.None), options.Value.RetentionCron);
        }
    }
}
