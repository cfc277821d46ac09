using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;
using Pipeline.Stages.Monitoring;

namespace Pipeline.Stages.Messaging;

public static class PipelineBus
{
    /// <summary>
    /// MassTransit on the transport <c>Pipeline:Transport</c> names, with the consumers <paramref name="consumers"/> adds.
    /// Every receive endpoint gets its queue from its consumer definition; the bus health check joins /health/ready.
    /// On RabbitMQ every stage queue is declared before the bus starts, and the queues' depths are on /metrics.
    /// </summary>
    public static IHostApplicationBuilder AddPipelineBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> consumers)
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString ??= configuration.GetConnectionString(MessagingOptions.ConnectionStringName))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Without it the first publish on a fresh broker can leave before the consumers' queues are bound, and be lost.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            options.WaitUntilStarted = true;
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });

        var transport = builder.Configuration.GetSection(MessagingOptions.Section)
            .GetValue(nameof(MessagingOptions.Transport), TransportKind.InMemory);

        foreach (var queue in StageQueues.All)
        {
            builder.Services.AddSingleton(new MonitoredQueue(queue));
        }
        if (transport == TransportKind.RabbitMq)
        {
            // Before the bus's own hosted service: the queues exist before this host consumes or publishes anything.
            builder.Services.AddHostedService<PipelineTopologyDeployer>();
            builder.Services.AddQueueDepthMetrics();
        }

        builder.Services.AddMassTransit(bus =>
        {
            ConfigureRegistration(bus);
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.Tags.Add(ServiceDefaultsExtensions.ReadyTag);
            });
            consumers(bus);

            if (transport == TransportKind.RabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    RabbitMqHost.Configure(rabbit, context.GetRequiredService<IOptions<MessagingOptions>>().Value);
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return builder;
    }

    /// <summary>What the working bus and the topology-only bus share, so they name endpoints alike.</summary>
    internal static void ConfigureRegistration(IBusRegistrationConfigurator bus) => bus.SetKebabCaseEndpointNameFormatter();
}
