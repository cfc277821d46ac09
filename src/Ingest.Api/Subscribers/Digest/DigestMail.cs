using System.Globalization;
using System.Net;
using System.Text;
using MimeKit;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// The weekly digest as a mail, plain text and HTML. It carries RFC 8058 one-click unsubscribe headers as well as a
/// visible link, and a message id made from the subscriber and the week, so a copy sent again after a crash is a
/// duplicate mail programs can recognise.
/// </summary>
public static class DigestMail
{
    public static MimeMessage Build(MailboxAddress from, string to, Guid subscriberId, DigestIssue issue, Uri unsubscribeLink, Uri home)
    {
        var host = home.Host;
        var message = new MimeMessage
        {
            Subject = $"Résumé tips for {issue.RoleTitle}s · {issue.Week}",
            MessageId = $"digest-{issue.Week}-{subscriberId:N}@{host}",
            Body = new BodyBuilder { TextBody = Text(issue, unsubscribeLink, home), HtmlBody = Html(issue, unsubscribeLink, home) }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("List-Id", $"Weekly résumé tips <weekly-tips.{host}>");
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribeLink.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    /// <summary>The sentence about the subscriber's own latest scan, when there is one.</summary>
    public static string? ScanSentence(ScanNote? scan) => scan is null
        ? null
        : $"Your latest resume scan ({scan.ScannedAt.UtcDateTime.ToString("d MMMM", CultureInfo.InvariantCulture)}) scored {scan.Score}/100."
          + (scan.CheckTitle is { } check
              ? $" The check that would raise it most: \"{check}\"{(scan.CheckGain is { } gain ? $" (up to {gain} more points)" : "")}."
              : " Every check passed.");

    private static string Text(DigestIssue issue, Uri unsubscribeLink, Uri home)
    {
        var text = new StringBuilder();
        text.Append("This week's résumé tips for ").Append(issue.RoleTitle).Append("s (").Append(issue.Week).Append(")\n\n");
        if (ScanSentence(issue.Scan) is { } note)
        {
            text.Append(note).Append(" Scan the changed resume again: ").Append(home.AbsoluteUri).Append("\n\n");
        }
        for (var i = 0; i < issue.Tips.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(issue.Tips[i]).Append('\n');
        }
        if (issue.Mistake is { } mistake)
        {
            text.Append("\nA mistake to avoid: ").Append(mistake.Mistake).Append('\n');
            text.Append("Instead: ").Append(mistake.Fix).Append('\n');
        }
        if (issue.Verbs.Count > 0)
        {
            text.Append("\nVerbs to open a bullet with: ").AppendJoin(", ", issue.Verbs).Append('\n');
        }
        text.Append('\n');
        text.Append("-- \nYou get this mail because you subscribed to weekly résumé tips. Unsubscribe with one click: ").Append(unsubscribeLink.AbsoluteUri).Append('\n');
        return text.ToString();
    }

    /// <summary>The HTML part, also what the admin preview shows.</summary>
    public static string Html(DigestIssue issue, Uri unsubscribeLink, Uri home)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Résumé tips for ").Append(E(issue.RoleTitle)).Append("s · ")
            .Append(E(issue.Week.ToString())).Append("</title></head><body style=\"font-family: sans-serif; color: #1f2933; max-width: 36rem\">\n");
        html.Append("<h1 style=\"font-size: 1.3rem\">This week's résumé tips for ").Append(E(issue.RoleTitle)).Append("s</h1>\n");
        html.Append("<p style=\"color: #52606d\">").Append(E(issue.Week.ToString())).Append("</p>\n");
        if (ScanSentence(issue.Scan) is { } note)
        {
            html.Append("<p id=\"your-scan\" style=\"background: #f0f4f8; padding: .6rem .8rem; border-radius: 6px\">").Append(E(note))
                .Append(" <a href=\"").Append(E(home.AbsoluteUri)).Append("\">Scan it again</a> after the change.</p>\n");
        }
        html.Append("<ol>\n");
        foreach (var tip in issue.Tips)
        {
            html.Append("<li style=\"margin: .4rem 0\">").Append(E(tip)).Append("</li>\n");
        }
        html.Append("</ol>\n");
        if (issue.Mistake is { } mistake)
        {
            html.Append("<h2 style=\"font-size: 1.05rem\">A mistake to avoid</h2>\n");
            html.Append("<p>").Append(E(mistake.Mistake)).Append("</p>\n<p><strong>Instead:</strong> ").Append(E(mistake.Fix)).Append("</p>\n");
        }
        if (issue.Verbs.Count > 0)
        {
            html.Append("<h2 style=\"font-size: 1.05rem\">Verbs to open a bullet with</h2>\n<p>").Append(E(string.Join(", ", issue.Verbs))).Append("</p>\n");
        }
        html.Append("<hr>\n<p style=\"color: #52606d; font-size: .85rem\">You get this mail because you subscribed to weekly résumé tips. ")
            .Append("<a href=\"").Append(E(unsubscribeLink.AbsoluteUri)).Append("\">Unsubscribe</a> with one click.</p>\n");
        html.Append("</body></html>\n");
        return html.ToString();
    }
}
