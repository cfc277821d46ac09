using System.Threading.RateLimiting;
using Ingest.Api.Admin;
using Ingest.Api.ApiDocs;
using Ingest.Api.Batches;
using Ingest.Api.Callbacks;
using Ingest.Api.Database;
using Ingest.Api.Monitoring;
using Ingest.Api.Outbox;
using Ingest.Api.Problems;
using Ingest.Api.Scans;
using Ingest.Api.Scans.Erase;
using Ingest.Api.Scans.Status;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Subscribers;
using Ingest.Api.Sweeps;
using Ingest.Api.Tenants;
using Ingest.Api.Web;
using MassTransit;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;
using Pipeline.Stages;
using Pipeline.Stages.Messaging;
using Pipeline.Stages.Monitoring;
using Pipeline.Storage;
using Scalar.AspNetCore;

namespace Ingest.Api.Hosting;

/// <summary>Everything Ingest.Api registers and maps; the settings it reads are the options classes bound here.</summary>
public static class IngestHosting
{
    public static WebApplicationBuilder AddIngest(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingletonTimeProvider();
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        services.AddOptions<PublicAddressOptions>().BindConfiguration(PublicAddressOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersSettings>().BindConfiguration(ForwardedHeadersSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<PipelineHostOptions>().BindConfiguration(PipelineHostOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // First, so the schema is there before the bus, the outbox and Hangfire start.
        builder.AddIngestDatabase();
        builder.AddBlobStore();

        var workers = builder.Configuration.GetSection(PipelineHostOptions.Section).GetValue(nameof(PipelineHostOptions.Workers), WorkersMode.All);
        builder.AddPipelineBus(bus =>
        {
            bus.AddConsumer<ScanStatusConsumer, ScanStatusConsumerDefinition>();
            if (workers == WorkersMode.All)
            {
                bus.AddAllStages();
            }
        });
        services.AddSingleton(new MonitoredQueue(ScanStatusConsumerDefinition.Queue));
        services.AddScoped<ScanTransitions>();
        services.AddScoped<ScanErasure>();
        services.AddSingleton<ScanMetrics>();
        services.AddSingleton<OutboxMetrics>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxMetrics>());

        services.AddSingleton<OutboxSignal>();
        services.AddHostedService<OutboxDispatcher>();
        builder.AddIngestJobs();
        services.AddSubscribers();
        builder.AddTenants();
        builder.AddCallbacks();
        builder.AddBatches();

        services.AddScoped<UploadReader>();
        services.AddExceptionHandler<DependencyFailureHandler>();
        services.AddProblemDetails();
        services.AddOpenApi(openApi => openApi
            .AddDocumentTransformer<ApiKeySecurity>().AddOperationTransformer<ApiKeySecurity>()
            .AddDocumentTransformer<DocumentInfo>()
            .AddDocumentTransformer<ProblemCatalog>()
            .AddDocumentTransformer<WebhookDocs>()
            .AddOperationTransformer<ExampleTransformer>());
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }
                var refusal = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<RateLimitRefusal>()
                    ?? (TenantCaller.Of(context.HttpContext) is null ? RateLimitRefusal.Uploads : RateLimitRefusal.TenantUploads);
                await ApiProblems.Of(StatusCodes.Status429TooManyRequests, refusal.Title, refusal.Detail, ProblemTypes.RateLimited)
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(ScansApi.UploadPolicy, context =>
            {
                // Tenants are known by their key (resolved before the limiter) and get their own, larger allowance.
                if (TenantCaller.Of(context) is { } tenant)
                {
                    // The allowance is part of the partition: a changed one starts its own window at once.
                    var tenants = context.RequestServices.GetRequiredService<IOptions<TenantOptions>>().Value;
                    var allowance = tenant.UploadsPerWindow ?? tenants.UploadsPerWindow;
                    return RateLimitPartition.GetFixedWindowLimiter(
                        $"tenant:{tenant.TenantId:N}:{allowance}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = allowance, Window = tenants.UploadWindow, QueueLimit = 0 });
                }
                var settings = context.RequestServices.GetRequiredService<IOptions<IngestOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.AnonymousUploadsPerWindow, Window = settings.AnonymousUploadWindow, QueueLimit = 0 });
            });
        });
        return builder;
    }

    public static WebApplication UseIngest(this WebApplication app)
    {
        app.UseProxiedClientAddress();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseTenantKeys();
        app.UseRateLimiter();

        app.MapDefaultEndpoints();
        app.MapOpenApi();
        app.MapScalarApiReference();
        app.MapScansApi();
        app.MapBatchesApi();
        app.MapSubscribersApi();
        app.MapTenantsAdminApi();
        app.MapWebPage();
        app.MapIngestDashboard();
        return app;
    }

    /// <summary>
    /// Behind named proxies (<see cref="ForwardedHeadersSettings"/>), the client's address and scheme from
    /// <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c>; first, so the rate limiters and logs see the real client.
    /// </summary>
    private static void UseProxiedClientAddress(this WebApplication app)
    {
        var settings = app.Services.GetRequiredService<IOptions<ForwardedHeadersSettings>>().Value;
        if (!settings.Enabled)
        {
            return;
        }
        var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
        // Only the proxies named: the defaults (loopback) would let anything on this host speak for any client.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.Proxies)
        {
            options.KnownProxies.Add(proxy);
        }
        foreach (var network in settings.Networks)
        {
            options.KnownIPNetworks.Add(network);
        }
        app.UseForwardedHeaders(options);
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }
}
