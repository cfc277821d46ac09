using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Testing;

/// <summary>
/// Verifies a Standard Webhooks signature the way a partner's receiver would, written here from the convention and
/// not with the service's code: HMAC-SHA256 keyed with the bytes of the <c>whsec_</c> secret over
/// <c>{webhook-id}.{webhook-timestamp}.{body}</c>, compared with each space-separated <c>v1,</c> signature.
/// </summary>
public static class WebhookVerifier
{
    public static bool IsValid(ReceivedCallback callback, string secret)
    {
        if (callback.WebhookId is null || callback.Timestamp is null || callback.Signature is null || !secret.StartsWith("whsec_", StringComparison.Ordinal))
        {
            return false;
        }
        using var hmac = new HMACSHA256(Convert.FromBase64String(secret["whsec_".Length..]));
        var expected = hmac.ComputeHash(Encoding.UTF8.GetBytes($"{callback.WebhookId}.{callback.Timestamp}.{callback.Body}"));
        foreach (var candidate in callback.Signature.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = candidate.Split(',', 2);
            if (parts is ["v1", var value] && CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(value), expected))
            {
                return true;
            }
        }
        return false;
    }
}
