using Hangfire;
using Ingest.Api.Hosting;
using Ingest.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Tenants;

public static class TenantRegistration
{
    public const string ErasureJob = "tenant-erasure";

    /// <summary>Tenants' keys and secrets, with the data-protection key ring on the service's database, and the erasure of deleted tenants.</summary>
    public static IHostApplicationBuilder AddTenants(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // One application name for every instance: the key ring is shared, and so must be the purpose it isolates.
        builder.Services.AddDataProtection()
            .SetApplicationName("ResumePipeline")
            .PersistKeysToDbContext<IngestDbContext>();
        builder.Services.AddSingleton<SigningSecrets>();
        builder.Services.AddScoped<TenantErasure>();
        builder.Services.AddHostedService<ErasureSchedule>();
        return builder;
    }

    /// <summary>Resolves tenant keys on tenant routes; goes before the rate limiter, which partitions by tenant.</summary>
    public static IApplicationBuilder UseTenantKeys(this IApplicationBuilder app) => app.UseMiddleware<TenantKeyMiddleware>();

    /// <summary>Deleted tenants whose erasure job was lost are finished on the stuck-scan sweep's schedule.</summary>
    private sealed class ErasureSchedule(IRecurringJobManager jobs, IOptions<IngestOptions> options, ILogger<ErasureSchedule> logger)
        : Sweeps.RecurringJobRegistrar(jobs, logger)
    {
        protected override void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<TenantErasure>(ErasureJob, erasure => erasure.RunPendingAsync(CancellationToken.None), options.Value.SweepCron);
    }
}
