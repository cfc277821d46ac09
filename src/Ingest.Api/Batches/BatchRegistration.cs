using Ingest.Api.Batches.Erase;
using Ingest.Api.Batches.Progress;
using Ingest.Api.Batches.Release;
using Ingest.Api.Batches.Results;
using Ingest.Api.Batches.Submit;
using Resume.Rendering;

namespace Ingest.Api.Batches;

public static class BatchRegistration
{
    /// <summary>Bulk uploads: the intake, the progress counters, the release loop that lets their scans in, erasure.</summary>
    public static IHostApplicationBuilder AddBatches(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BatchOptions>().BindConfiguration(BatchOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<BatchUploadReader>();
        services.AddScoped<ArchiveReader>();
        services.AddScoped<BatchProgress>();
        services.AddScoped<BatchErasure>();
        services.AddScoped<BatchRows>();
        services.AddScoped<BatchSummaries>();
        services.AddSingleton(new BatchSummaryRenderer());
        services.AddSingleton<ReleaseSignal>();
        services.AddHostedService<BatchRelease>();
        return builder;
    }
}
