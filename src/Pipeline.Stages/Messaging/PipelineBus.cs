using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Pipeline.ServiceDefaults;

namespace Pipeline.Stages.Messaging;

public static class PipelineBus
{
    /// <summary>
    /// MassTransit on the transport <c>Pipeline:Transport</c> names, with the consumers <paramref name="consumers"/> adds.
    /// Every receive endpoint gets its queue from its consumer definition; the bus health check joins /health/ready.
    /// </summary>
    public static IHostApplicationBuilder AddPipelineBus(this IHostApplicationBuilder builder, Action<IBusRegistrationConfigurator> consumers)
    {
        builder.Services.AddOptions<MessagingOptions>()
            .BindConfiguration(MessagingOptions.Section)
            .Configure<IConfiguration>((options, configuration) => options.ConnectionString ??= configuration.GetConnectionString("RabbitMq"))
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

        builder.Services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
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
                    var address = RabbitMqAddress.TryParse(context.GetRequiredService<IOptions<MessagingOptions>>().Value.ConnectionString, out var parsed)
                        ? parsed
                        : throw new InvalidOperationException("ConnectionStrings:RabbitMq is not an amqp:// address.");
                    rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
                    {
                        host.Username(address.Username);
                        host.Password(address.Password);
                        host.PublisherConfirmation = true;
                    });
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
}
