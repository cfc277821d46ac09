using System.Security.Cryptography;
using System.Text;
using Ingest.Api.Tenants;

namespace Ingest.Api.Callbacks;

/// <summary>
/// The Standard Webhooks signature: <c>v1,</c> + base64 HMAC-SHA256 over <c>{id}.{timestamp}.{body}</c>. With several
/// secrets (during a secret rotation's grace period) the header holds one signature per secret, space-separated, and
/// a receiver accepts the message when any of them verifies with the secret it has.
/// </summary>
public static class WebhookSignature
{
    public const string IdHeader = "webhook-id";
    public const string TimestampHeader = "webhook-timestamp";
    public const string SignatureHeader = "webhook-signature";

    public static string Sign(string secret, string webhookId, long timestamp, string body) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(SigningSecrets.KeyOf(secret), Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")));

    public static string Header(IReadOnlyList<string> secrets, string webhookId, long timestamp, string body) =>
        string.Join(' ', secrets.Select(secret => Sign(secret, webhookId, timestamp, body)));

    /// <summary>The <c>webhook-id</c> of a delivery: the same on every attempt, so a receiver can drop repeats.</summary>
    public static string IdOf(Guid deliveryId) => $"msg_{deliveryId:N}";
}
