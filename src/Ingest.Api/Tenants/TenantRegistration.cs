using Ingest.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Ingest.Api.Tenants;

public static class TenantRegistration
{
    /// <summary>Tenants' keys and secrets, with the data-protection key ring on the service's database.</summary>
    public static IHostApplicationBuilder AddTenants(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // One application name for every instance: the key ring is shared, and so must be the purpose it isolates.
        builder.Services.AddDataProtection()
            .SetApplicationName("ResumePipeline")
            .PersistKeysToDbContext<IngestDbContext>();
        builder.Services.AddSingleton<SigningSecrets>();
        return builder;
    }

    /// <summary>Resolves tenant keys on tenant routes; goes before the rate limiter, which partitions by tenant.</summary>
    public static IApplicationBuilder UseTenantKeys(this IApplicationBuilder app) => app.UseMiddleware<TenantKeyMiddleware>();
}
