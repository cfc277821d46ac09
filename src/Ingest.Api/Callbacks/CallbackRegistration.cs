using Hangfire;
using Ingest.Api.Monitoring;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Callbacks;

public static class CallbackRegistration
{
    public const string SweepJob = "callback-sweep";

    /// <summary>Tenants' signed callbacks: the URL check, the sender, the delivery job and its sweep (Hangfire must be added too).</summary>
    public static IHostApplicationBuilder AddCallbacks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<CallbackOptions>().BindConfiguration(CallbackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CallbackUrlCheck>();
        services.AddSingleton<CallbackSender>();
        services.AddSingleton<CallbackMetrics>();
        services.AddScoped<CallbackRecorder>();
        services.AddScoped<CallbackDeliveryJob>();
        services.AddScoped<CallbackSweep>();
        services.AddHostedService<SweepRegistrar>();
        return builder;
    }

    private sealed class SweepRegistrar(IRecurringJobManager jobs, IOptions<CallbackOptions> options, ILogger<SweepRegistrar> logger)
        : Sweeps.RecurringJobRegistrar(jobs, logger)
    {
        protected override void Register(IRecurringJobManager jobs) =>
            jobs.AddOrUpdate<CallbackSweep>(SweepJob, sweep => sweep.RunAsync(CancellationToken.None), options.Value.SweepCron);
    }
}
