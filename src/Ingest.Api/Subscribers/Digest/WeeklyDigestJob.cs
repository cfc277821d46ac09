namespace Ingest.Api.Subscribers.Digest;

/// <summary>
/// The Hangfire recurring job (<c>Digest:Cron</c>): this ISO week's issue through <see cref="DigestRun"/>. When mails
/// failed it throws, so Hangfire's retries (hours apart at most, still the same week) finish the week.
/// </summary>
public sealed class WeeklyDigestJob(DigestRun run, TimeProvider time)
{
    public async Task<DigestRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var result = await run.SendAsync(IssueWeek.Of(time.GetUtcNow()), cancellationToken);
        return result.Failed > 0 ? throw new DigestIncompleteException(result) : result;
    }
}
