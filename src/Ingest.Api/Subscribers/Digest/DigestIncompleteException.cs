namespace Ingest.Api.Subscribers.Digest;

/// <summary>Thrown by the weekly job when some mails failed, so Hangfire runs it again later and those are retried.</summary>
public sealed class DigestIncompleteException(DigestRunResult result)
    : Exception($"The {result.Week} digest reached {result.Sent} subscribers this run but {result.Failed} mails failed; they are retried on the next run.")
{
    public DigestRunResult Result { get; } = result;
}
