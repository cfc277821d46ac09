using MimeKit;

namespace Ingest.Api.Mail;

/// <summary>Where mail goes: an SMTP server when <c>Smtp:Host</c> is set, otherwise <c>.eml</c> files in the data folder.</summary>
public interface IMailSender
{
    /// <summary>Hands the message on; throws when it could not (the caller retries or records the failure).</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
