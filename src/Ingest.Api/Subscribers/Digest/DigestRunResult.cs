namespace Ingest.Api.Subscribers.Digest;

/// <param name="Week">The issue, <c>2026-W48</c>.</param>
/// <param name="Sent">Mails this run sent.</param>
/// <param name="Failed">Mails the server refused or could not take this run; the next run tries again (a few times).</param>
/// <param name="Suppressed">Addresses the server refused for good (5xx to RCPT): never mailed again.</param>
public sealed record DigestRunResult(string Week, int Sent, int Failed, int Suppressed = 0);
