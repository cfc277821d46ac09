using Microsoft.Extensions.Options;
using Pipeline.Stages.Messaging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Pipeline.Stages.Monitoring;

/// <summary>
/// Reads queue depths with a passive declare (which creates nothing) on one connection and one channel of its own,
/// opened on first use and kept. A queue that does not exist yet is left out; the broker closes the channel over it,
/// so the next queue gets a new one.
/// </summary>
internal sealed class BrokerQueueProbe(IOptions<MessagingOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task<IReadOnlyList<QueueDepth>> ReadAsync(IEnumerable<string> queues, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var depths = new List<QueueDepth>();
            foreach (var queue in queues)
            {
                var channel = await ChannelAsync(cancellationToken);
                try
                {
                    var declared = await channel.QueueDeclarePassiveAsync(queue, cancellationToken);
                    depths.Add(new QueueDepth(queue, declared.MessageCount, declared.ConsumerCount));
                }
                catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
                {
                    _channel = null;
                }
            }
            return depths;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }
        if (_connection is not { IsOpen: true })
        {
            if (_connection is not null)
            {
                await _connection.DisposeAsync();
            }
            var address = RabbitMqAddress.TryParse(options.Value.ConnectionString, out var parsed)
                ? parsed
                : throw new InvalidOperationException("ConnectionStrings:RabbitMq is not an amqp:// address.");
            var factory = new ConnectionFactory
            {
                HostName = address.Host,
                Port = address.Port,
                VirtualHost = address.VirtualHost,
                UserName = address.Username,
                Password = address.Password,
                ClientProvidedName = "queue-depth",
                AutomaticRecoveryEnabled = false,
            };
            _connection = await factory.CreateConnectionAsync(cancellationToken);
        }
        _channel = await _connection.CreateChannelAsync(cancellationToken: cancellationToken);
        return _channel;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        _gate.Dispose();
    }
}
