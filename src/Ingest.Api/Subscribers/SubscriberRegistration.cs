using System.Threading.RateLimiting;
using Hangfire;
using Ingest.Api.Candidates;
using Ingest.Api.Hosting;
using Ingest.Api.Mail;
using Ingest.Api.Monitoring;
using Ingest.Api.Subscribers.Digest;
using Ingest.Api.Subscribers.Subscribe;
using Ingest.Api.Subscribers.Suppression;
using Ingest.Api.Subscribers.Tokens;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Subscribers;

public static class SubscriberRegistration
{
    public const string DigestJob = "weekly-digest";

    public const string PurgeJob = "subscriber-purge";

    /// <summary>Settings, mail, tokens, the jobs and their schedule, and the per-client limit on subscription requests.</summary>
    public static IServiceCollection AddSubscribers(this IServiceCollection services)
    {
        services.AddOptions<SubscriberOptions>().BindConfiguration(SubscriberOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddMail();
        services.AddSingleton<MailMetrics>();
        services.AddSingleton<SigningKeyStore>();
        services.AddSingleton<SubscriberTokens>();
        services.AddSingleton<SubscriberLinks>();
        services.AddScoped<DigestRun>();
        services.AddScoped<ScanNotes>();
        services.AddScoped<AddressSuppression>();
        services.AddSingleton<CandidateKeys>();
        services.AddScoped<CandidateScanRecorder>();
        services.AddScoped<WeeklyDigestJob>();
        services.AddScoped<ConfirmationMailJob>();
        services.AddScoped<SubscriberPurge>();
        services.AddHostedService<DigestSchedule>();
        services.Configure<RateLimiterOptions>(limiter => limiter.AddPolicy(SubscribersApi.RequestPolicy, context =>
        {
            var settings = context.RequestServices.GetRequiredService<IOptions<SubscriberOptions>>().Value;
            return RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RequestsPerWindow, Window = settings.RequestWindow, QueueLimit = 0 });
        }));
        return services;
    }

    private sealed class DigestSchedule(IRecurringJobManager jobs, IOptions<DigestOptions> digest, IOptions<IngestOptions> ingest, ILogger<DigestSchedule> logger)
        : Sweeps.RecurringJobRegistrar(jobs, logger)
    {
        protected override void Register(IRecurringJobManager jobs)
        {
            jobs.AddOrUpdate<WeeklyDigestJob>(DigestJob, job => job.RunAsync(CancellationToken.None), digest.Value.Cron);
            jobs.AddOrUpdate<SubscriberPurge>(PurgeJob, purge => purge.RunAsync(CancellationToken.None), ingest.Value.RetentionCron);
        }
    }
}
