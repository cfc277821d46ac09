using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Pipeline.Testing;

/// <summary>
/// A real SMTP server on a free loopback port (the SmtpServer package, in-process) that keeps what it receives. It can
/// be told to refuse mail to some recipients, as a mail server does when a mailbox is full or unknown.
/// </summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private readonly ConcurrentQueue<Received> _received = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;

    /// <param name="port">A port to listen on (to stand in for a server that restarted); a free one by default.</param>
    public MailCatcher(int? port = null)
    {
        Port = port ?? FreePort.Next();
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(endpoint => endpoint.Endpoint(new IPEndPoint(IPAddress.Loopback, Port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        services.Add(new RecipientFilter(this));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>Recipients whose mail is refused with a 550 after its data, while they are in this set (the server took the address).</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Recipients refused at <c>RCPT TO</c> with a 550 (no such mailbox), while they are in this set.</summary>
    public ConcurrentDictionary<string, bool> UnknownMailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every <c>RCPT TO</c> the server was asked, taken or not.</summary>
    public ConcurrentQueue<string> RecipientsAsked { get; } = new();

    /// <summary>The <c>Smtp</c> settings that point Ingest.Api here (as configuration keys; a process takes them with <c>__</c> for <c>:</c>).</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:From"] = "Resume Pipeline tips <tips@pipeline.test>",
    };

    public IReadOnlyList<Received> All => _received.ToArray();

    public IReadOnlyList<MimeMessage> To(string address) =>
        All.Where(r => r.Recipients.Contains(address, StringComparer.OrdinalIgnoreCase)).Select(r => r.Message).ToList();

    /// <summary>Waits until <paramref name="address"/> has received <paramref name="count"/> mails (throws after <paramref name="timeout"/>, 15 s by default).</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (To(address).Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{address} received {To(address).Count} mails, not {count}");
            }
            await Task.Delay(20);
        }
        return To(address);
    }

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

    public sealed record Received(IReadOnlyList<string> Recipients, MimeMessage Message)
    {
        /// <summary>When the server had the whole message (its own clock).</summary>
        public DateTimeOffset ReceivedAt { get; init; } = DateTimeOffset.UtcNow;
    }

    private sealed class RecipientFilter(MailCatcher catcher) : IMailboxFilter
    {
        public Task<bool> CanAcceptFromAsync(ISessionContext context, SmtpServer.Mail.IMailbox from, int size, CancellationToken cancellationToken) =>
            Task.FromResult(true);

        public Task<bool> CanDeliverToAsync(ISessionContext context, SmtpServer.Mail.IMailbox to, SmtpServer.Mail.IMailbox from, CancellationToken cancellationToken)
        {
            var address = $"{to.User}@{to.Host}";
            catcher.RecipientsAsked.Enqueue(address);
            return Task.FromResult(!catcher.UnknownMailboxes.ContainsKey(address));
        }
    }

    private sealed class Store(MailCatcher catcher) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            var recipients = transaction.To.Select(m => $"{m.User}@{m.Host}").ToList();
            if (recipients.Any(catcher.Refused.ContainsKey))
            {
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Mailbox unavailable");
            }
            using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            catcher._received.Enqueue(new Received(recipients, message));
            return SmtpResponse.Ok;
        }
    }
}
