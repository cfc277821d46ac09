namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// <c>POST /api/v1/admin/digests/send[?week=YYYY-Www]</c>: the weekly digest now, for this week or the one named, with
/// the same <see cref="DigestRun"/> the Hangfire job uses; subscribers who had that week's issue get nothing more.
/// </summary>
public static class SendDigestNow
{
    public static async Task<IResult> HandleAsync(string? week, DigestRun run, TimeProvider time, CancellationToken cancellationToken)
    {
        var issue = IssueWeek.Of(time.GetUtcNow());
        if (week is not null && !IssueWeek.TryParse(week, out issue))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["week"] = [$"'{week}' is not an ISO week; write it as YYYY-Www, for example {IssueWeek.Of(time.GetUtcNow())}."],
            });
        }
        return TypedResults.Ok(await run.SendAsync(issue, cancellationToken));
    }
}
