using System.Net;
using System.Text;
using Ingest.Api.Problems;

namespace Ingest.Api.Subscribers.Pages;

/// <summary>
/// Answers to the links in mails. A person clicking one gets a small page; a program (no <c>text/html</c> in Accept,
/// such as a mail provider's one-click POST) gets JSON or problem details with the same sentence.
/// </summary>
public static class MailLinkAnswer
{
    // No scripts at all; the shared stylesheet; the form may post only back here; the token never leaves in a Referer.
    private const string ContentSecurityPolicy = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public static bool WantsPage(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static IResult Done(HttpRequest request, string status, string title, string message) =>
        WantsPage(request)
            ? Page(request.HttpContext.Response, StatusCodes.Status200OK, title, message)
            : TypedResults.Ok(new SubscriptionAnswer(status, message));

    public static IResult Refused(HttpRequest request, int statusCode, string title, string detail, string code) =>
        WantsPage(request)
            ? Page(request.HttpContext.Response, statusCode, title, detail)
            : ApiProblems.Of(statusCode, title, detail, code);

    /// <param name="button">When set, a button that posts the page's own address (query and all) back to it.</param>
    /// <param name="field">A hidden form field the button sends along (name and value), such as RFC 8058's <c>List-Unsubscribe=One-Click</c>.</param>
    public static IResult Page(HttpResponse response, int statusCode, string title, string message, string? button = null, (string Name, string Value)? field = null)
    {
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
        var form = button is null
            ? ""
            : $"""
              <form method="post">
                {(field is { } f ? $"<input type=\"hidden\" name=\"{WebUtility.HtmlEncode(f.Name)}\" value=\"{WebUtility.HtmlEncode(f.Value)}\">" : "")}
                <button type="submit">{WebUtility.HtmlEncode(button)}</button>
              </form>
              """;
        var html = $"""
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <meta name="robots" content="noindex">
              <title>{WebUtility.HtmlEncode(title)} · Resume Pipeline</title>
              <link rel="stylesheet" href="/app.css">
            </head>
            <body>
              <main>
                <h1>{WebUtility.HtmlEncode(title)}</h1>
                <p id="message">{WebUtility.HtmlEncode(message)}</p>
                {form}
              </main>
              <footer><a href="/">Resume Pipeline: free ATS resume scanner</a></footer>
            </body>
            </html>
            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}

/// <param name="Status"><c>confirmed</c> or <c>unsubscribed</c>.</param>
/// <param name="Message">The same sentence the page shows.</param>
public sealed record SubscriptionAnswer(string Status, string Message);
