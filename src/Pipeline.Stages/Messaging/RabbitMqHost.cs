using MassTransit;

namespace Pipeline.Stages.Messaging;

/// <summary>The one RabbitMQ set-up every bus here uses: the working bus of each host and its topology-only twin.</summary>
internal static class RabbitMqHost
{
    public static void Configure(IRabbitMqBusFactoryConfigurator rabbit, MessagingOptions options)
    {
        var address = RabbitMqAddress.TryParse(options.ConnectionString, out var parsed)
            ? parsed
            : throw new InvalidOperationException("ConnectionStrings:RabbitMq is not an amqp:// address.");
        rabbit.Host(address.Host, address.Port, address.VirtualHost, host =>
        {
            host.Username(address.Username);
            host.Password(address.Password);
            host.PublisherConfirmation = true;
        });
    }
}
