using Ingest.Api.Subscribers.Tokens;
using Microsoft.Extensions.Options;
using Resume.Scoring;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// <c>GET /api/v1/admin/digests/preview?role=…&amp;week=…</c>: the issue a new subscriber of the role gets that week
/// (this week unless told), as the HTML part of the mail, for an administrator to read before it goes out.
/// </summary>
public static class PreviewDigest
{
    public static async Task<IResult> HandleAsync(
        string? role, string? week, SubscriberLinks links, SubscriberTokens tokens, IOptions<DigestOptions> options, TimeProvider time,
        HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var chosen = string.IsNullOrWhiteSpace(role) ? RoleGuideCatalog.DefaultRole : role.Trim();
        if (!RoleGuideCatalog.BuiltIn.Contains(chosen))
        {
            errors["role"] = [$"Unknown role '{chosen}'. Known roles: {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles)}."];
        }
        var issueWeek = IssueWeek.Of(time.GetUtcNow());
        if (week is not null && !IssueWeek.TryParse(week, out issueWeek))
        {
            errors["week"] = [$"'{week}' is not an ISO week; write it as YYYY-Www, for example {IssueWeek.Of(time.GetUtcNow())}."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        var issue = DigestIssue.For(chosen, issueWeek, options.Value.TipsPerIssue);
        // A real link's shape, for no one: a preview unsubscribes nobody.
        var sample = links.Unsubscribe(await tokens.IssueAsync(TokenPurpose.Unsubscribe, Guid.Empty, time.GetUtcNow(), cancellationToken));
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";
        response.Headers.CacheControl = "no-store";
        return TypedResults.Content(DigestMail.Html(issue, sample, links.Home), "text/html; charset=utf-8");
    }
}
