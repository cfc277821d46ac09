using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Ingest.Api.Mail;

/// <summary>The <c>Smtp</c> settings. No host: mail is written as <c>.eml</c> files under the data folder instead.</summary>
public sealed class SmtpOptions : IValidatableObject
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    /// <summary>25 by default; 465 means TLS from the first byte, any other port upgrades with STARTTLS when offered.</summary>
    [Range(1, 65535)]
    public int Port { get; set; } = 25;

    /// <summary>The sender, with or without a display name: <c>Resume Pipeline &lt;tips@example.com&gt;</c>.</summary>
    public string From { get; set; } = "Resume Pipeline <no-reply@localhost>";

    /// <summary>For servers that want a login.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool UsesServer => !string.IsNullOrWhiteSpace(Host);

    public MailboxAddress Sender => MailboxAddress.Parse(From);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!MailboxAddress.TryParse(From, out var sender) || !sender.Address.Contains('@', StringComparison.Ordinal))
        {
            yield return new ValidationResult($"Smtp:From '{From}' is not a mail address; use 'name@example.com' or 'Name <name@example.com>'.");
        }
        if (!string.IsNullOrEmpty(UserName) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult("Smtp:UserName is set but Smtp:Password is not.");
        }
    }
}
