using System.Buffers;
using System.Net;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Digest.Bench;

/// <summary>A real SMTP listener on loopback that takes every message and only counts it (no copy kept: the bench measures the sender).</summary>
internal sealed class CountingSmtpServer : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private long _messages;

    public CountingSmtpServer(int port)
    {
        Port = port;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    public long Messages => Interlocked.Read(ref _messages);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _running;
        }
        catch (OperationCanceledException)
        {
            // Stopped, as asked.
        }
        _stop.Dispose();
    }

    private sealed class Store(CountingSmtpServer server) : MessageStore
    {
        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref server._messages);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
