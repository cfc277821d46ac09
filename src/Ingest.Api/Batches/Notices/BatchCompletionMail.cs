using System.Globalization;
using System.Net;
using Ingest.Data.Batches;
using MimeKit;
using Resume.Model;

namespace Ingest.Api.Batches.Notices;

/// <summary>The mail to a batch's contact when it is done: the headline figures, what most students should fix, and links.</summary>
public static class BatchCompletionMail
{
    public static MimeMessage Build(MailboxAddress from, Batch batch, BatchSummary summary, BatchLinks links)
    {
        var name = batch.SourceName ?? $"batch {Pipeline.Contracts.BlobNames.Id(batch.Id)[..8]}";
        var average = summary.Scores.Average?.ToString("0", CultureInfo.InvariantCulture) ?? "–";
        var checks = summary.FailedChecks.Take(3).Select(c => $"{c.Title}: {c.Students:N0} students ({c.Share:0%})").ToList();
        var centre = links.Centre(batch.Id);
        var text = $"""
            Hello,

            Your batch {name} is done: {summary.Total:N0} resumes scanned against the {summary.RoleTitle} guide.

              Scored:                 {summary.Completed:N0} (average score {average})
              Strong / fair / needs work: {summary.Scores.Strong:N0} / {summary.Scores.Fair:N0} / {summary.Scores.Low:N0}
              Could not be read:      {summary.Failed:N0}
              Files skipped:          {summary.Skipped:N0}
              Duplicates:             {summary.Duplicates:N0}

            {(checks.Count > 0 ? "What most students should fix first:\n" + string.Join("\n", checks.Select(c => "  - " + c)) : "No check failed on any scored resume.")}

            See the summary, the per-student table and every report in the career-centre view (it asks for your API key):
            {centre}

            The same through the API: {links.Route(batch.Id, "summary.pdf")} and {links.Route(batch.Id, "results.csv")}.

            Resume Pipeline
            """;
        var html = $"""
            <!doctype html>
            <html lang="en"><body style="font-family: sans-serif; color: #1f2933; max-width: 38rem">
            <p>Hello,</p>
            <p>Your batch <strong>{Encode(name)}</strong> is done: {summary.Total:N0} resumes scanned against the {Encode(summary.RoleTitle)} guide.</p>
            <table style="border-collapse: collapse">
            {Row("Scored", $"{summary.Completed:N0} (average score {average})")}
            {Row("Strong / fair / needs work", $"{summary.Scores.Strong:N0} / {summary.Scores.Fair:N0} / {summary.Scores.Low:N0}")}
            {Row("Could not be read", $"{summary.Failed:N0}")}
            {Row("Files skipped", $"{summary.Skipped:N0}")}
            {Row("Duplicates", $"{summary.Duplicates:N0}")}
            </table>
            {(checks.Count > 0 ? "<p>What most students should fix first:</p><ul>" + string.Concat(checks.Select(c => $"<li>{Encode(c)}</li>")) + "</ul>" : "<p>No check failed on any scored resume.</p>")}
            <p><a href="{Encode(centre)}" style="display: inline-block; padding: .6rem 1.1rem; background: #1f6feb; color: #fff; border-radius: 6px; text-decoration: none">Open the batch</a></p>
            <p style="color: #52606d; font-size: .9rem">The career-centre view asks for your API key; it is never put in a link.</p>
            </body></html>
            """;
        var message = new MimeMessage
        {
            Subject = $"Batch done: {name}, {summary.Completed:N0} of {summary.Total:N0} resumes scored",
            Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody(),
        };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(batch.ContactEmail!));
        message.Headers.Add("Auto-Submitted", "auto-generated");
        return message;
    }

    private static string Row(string label, string value) =>
        $"<tr><td style=\"padding: .2rem 1rem .2rem 0; color: #52606d\">{Encode(label)}</td><td style=\"font-weight: 700\">{Encode(value)}</td></tr>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
