using Hangfire;
using Ingest.Api.Batches.Erase;
using Ingest.Api.Batches.Notices;
using Ingest.Api.Batches.Progress;
using Ingest.Api.Batches.Release;
using Ingest.Api.Batches.Results;
using Ingest.Api.Batches.Submit;
using Microsoft.Extensions.Options;
using Resume.Rendering;

namespace Ingest.Api.Batches;

public static class BatchRegistration
{
    public const string SweepJob = "batch-sweep";

    /// <summary>
    /// Bulk uploads: the intake, the progress counters, the release loop that lets their scans in, results, completion
    /// notices and their sweep (Hangfire must be added too), erasure.
    /// </summary>
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
        services.AddSingleton<BatchLinks>();
        services.AddScoped<BatchNotices>();
        services.AddScoped<BatchMailJob>();
        services.AddScoped<BatchSweep>();
        services.AddHostedService<SweepSchedule>();
        return builder;
    }

    private sealed class SweepSchedule(IRecurringJobManager jobs, IOptions<BatchOptions> options, ILogger<SweepSchedule> logger)
        : Sweeps.RecurringJobRegistrar(jobs, logger)
    {
        protected override void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<BatchSweep>(SweepJob, sweep => sweep.RunAsync(CancellationToken.None), options.Value.SweepCron);
    }
}
