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
    public static MimeMessage Build(MailboxAddress from, string to, Guid subscriberId, DigestIssue issue, Uri unsubscribeLink, string host)
    {
        var message = new MimeMessage
        {
            Subject = $"Résumé tips for {issue.RoleTitle}s · {issue.Week}",
            MessageId = $"digest-{issue.Week}-{subscriberId:N}@{host}",
            Body = new BodyBuilder { TextBody = Text(issue, unsubscribeLink), HtmlBody = Html(issue, unsubscribeLink) }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(to));
        message.Headers.Add("List-Id", $"Weekly résumé tips <weekly-tips.{host}>");
        message.Headers.Add("List-Unsubscribe", $"<{unsubscribeLink.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        return message;
    }

    private static string Text(DigestIssue issue, Uri unsubscribeLink)
    {
        var text = new StringBuilder();
        text.Append("This week's résumé tips for ").Append(issue.RoleTitle).Append("s (").Append(issue.Week).Append(")\n\n");
        for (var i = 0; i < issue.Tips.Count; i++)
        {
            text.Append(i + 1).Append(". ").Append(issue.Tips[i]).Append('\n');
        }
        text.Append("\nA mistake to avoid: ").Append(issue.Mistake.Mistake).Append('\n');
        text.Append("Instead: ").Append(issue.Mistake.Fix).Append("\n\n");
        text.Append("Verbs to open a bullet with: ").AppendJoin(", ", issue.Verbs).Append("\n\n");
        text.Append("-- \nYou get this mail because you subscribed to weekly résumé tips. Unsubscribe with one click: ").Append(unsubscribeLink.AbsoluteUri).Append('\n');
        return text.ToString();
    }

    private static string Html(DigestIssue issue, Uri unsubscribeLink)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        var html = new StringBuilder();
        html.Append("<!doctype html>\n<html lang=\"en\"><body style=\"font-family: sans-serif; color: #1f2933; max-width: 36rem\">\n");
        html.Append("<h1 style=\"font-size: 1.3rem\">This week's résumé tips for ").Append(E(issue.RoleTitle)).Append("s</h1>\n");
        html.Append("<p style=\"color: #52606d\">").Append(E(issue.Week.ToString())).Append("</p>\n<ol>\n");
        foreach (var tip in issue.Tips)
        {
            html.Append("<li style=\"margin: .4rem 0\">").Append(E(tip)).Append("</li>\n");
        }
        html.Append("</ol>\n<h2 style=\"font-size: 1.05rem\">A mistake to avoid</h2>\n");
        html.Append("<p>").Append(E(issue.Mistake.Mistake)).Append("</p>\n<p><strong>Instead:</strong> ").Append(E(issue.Mistake.Fix)).Append("</p>\n");
        html.Append("<h2 style=\"font-size: 1.05rem\">Verbs to open a bullet with</h2>\n<p>").Append(E(string.Join(", ", issue.Verbs))).Append("</p>\n");
        html.Append("<hr>\n<p style=\"color: #52606d; font-size: .85rem\">You get this mail because you subscribed to weekly résumé tips. ")
            .Append("<a href=\"").Append(E(unsubscribeLink.AbsoluteUri)).Append("\">Unsubscribe</a> with one click.</p>\n");
        html.Append("</body></html>\n");
        return html.ToString();
    }
}
