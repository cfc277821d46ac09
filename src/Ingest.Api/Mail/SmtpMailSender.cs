using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Ingest.Api.Mail;

/// <summary>
/// Sends through the configured SMTP server over one connection kept open between messages (a digest run sends many in
/// a row; with TLS and a login, each new connection costs several round trips). Sends take turns on it. A connection the server
/// closed while idle is noticed on the next send, which then reconnects and tries once more; a refusal by the server
/// (a 4xx or 5xx reply) is the caller's to handle; a 5xx to <c>RCPT TO</c> comes as <see cref="RecipientRejectedException"/>.
/// </summary>
internal sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender, IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _turn = new(1, 1);
    private SmtpClient? _client;

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await (await ConnectedAsync(cancellationToken)).SendAsync(message, cancellationToken);
            }
            catch (Exception e) when (e is ServiceNotConnectedException or ProtocolException or IOException or SocketException)
            {
                Drop();
                await (await ConnectedAsync(cancellationToken)).SendAsync(message, cancellationToken);
            }
        }
        catch (SmtpCommandException e) when (e.ErrorCode == SmtpErrorCode.RecipientNotAccepted && (int)e.StatusCode >= 500)
        {
            // The next message starts on a fresh connection, whatever state this transaction was left in.
            Drop();
            throw new RecipientRejectedException(e.Mailbox?.Address ?? string.Join(", ", message.To.Mailboxes.Select(m => m.Address)), (int)e.StatusCode, e.Message, e);
        }
        catch
        {
            // Whatever state the conversation is in, the next message starts on a fresh connection.
            Drop();
            throw;
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_client is { IsConnected: true })
        {
            return _client;
        }
        Drop();
        var settings = options.Value;
        var client = new SmtpClient { Timeout = (int)Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host!, settings.Port, settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, cancellationToken);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }
        return _client = client;
    }

    private void Drop()
    {
        _client?.Dispose();
        _client = null;
    }

    public void Dispose()
    {
        Drop();
        _turn.Dispose();
    }
}
