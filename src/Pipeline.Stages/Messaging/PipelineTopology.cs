using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pipeline.Stages.Messaging;

/// <summary>
/// The stage queues, their exchanges and bindings, declared on the broker by a bus that never consumes. It registers
/// the stage consumers exactly as the workers do (same definitions, same endpoint names), so what it declares is what
/// the workers will bind to. Declaring is idempotent: every host does it at start.
/// </summary>
public static class PipelineTopology
{
    public static async Task DeployAsync(MessagingOptions options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddSingleton(loggers);
        services.AddLogging();
        services.AddSingleton(Options.Create(options));
        services.AddMassTransit(bus =>
        {
            PipelineBus.ConfigureRegistration(bus);
            bus.AddStageConsumers();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                RabbitMqHost.Configure(rabbit, options);
                rabbit.DeployTopologyOnly = true;
                rabbit.ConfigureEndpoints(context);
            });
        });
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IBusControl>().DeployAsync(cancellationToken);
    }
}
