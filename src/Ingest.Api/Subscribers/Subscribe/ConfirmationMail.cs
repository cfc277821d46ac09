using System.Net;
using MimeKit;

namespace Ingest.Api.Subscribers.Subscribe;

/// <summary>The double opt-in mail: one link that confirms, and what happens if nobody follows it.</summary>
public static class ConfirmationMail
{
    public const string Subject = "Confirm your weekly résumé tips";

    public static MimeMessage Build(MailboxAddress from, string to, string roleTitle, Uri confirmLink, TimeSpan lifetime)
    {
        var hours = (int)Math.Round(lifetime.TotalHours);
        var text = $"""
            Hello,

            Someone, hopefully you, asked for weekly résumé tips for the {roleTitle} role to be mailed to this address.
            To start them, open this link within {hours} hours:

            {confirmLink}

            If it was not you, ignore this mail: nothing more is sent, and the address is deleted in a few days.

            Resume Pipeline
            """;
        var link = WebUtility.HtmlEncode(confirmLink.AbsoluteUri);
        var html = $"""
            <!doctype html>
            <html lang="en"><body style="font-family: sans-serif; color: #1f2933; max-width: 36rem">
            <p>Hello,</p>
            <p>Someone, hopefully you, asked for weekly résumé tips for the <strong>{WebUtility.HtmlEncode(roleTitle)}</strong> role to be mailed to this address.
            To start them, follow this link within {hours} hours:</p>
            <p><a href="{link}" style="display: inline-block; padding: .6rem 1.1rem; background: #1f6feb; color: #fff; border-radius: 6px; text-decoration: none">Confirm my subscription</a></p>
            <p style="color: #52606d; font-size: .9rem">Or paste this into your browser: {link}</p>
            <p style="color: #52606d; font-size: .9rem">If it was not you, ignore this mail: nothing more is sent, and the address is deleted in a few days.</p>
            </body></html>
            """;
        var message = new MimeMessage { Subject = Subject, Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody() };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        // Sent because someone asked, not as a bulk mailing: auto-responders should stay quiet.
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }
}
