using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Ingest.Api.Subscribers.Tokens;

namespace Ingest.Api.Candidates;

/// <summary>
/// A keyed hash of a mail address: HMAC-SHA256 of the trimmed, lower-cased address under a key the service keeps in
/// its database (<see cref="SigningKeyStore"/>, purpose <c>candidate-emails</c>). A scan keeps this instead of the
/// address it found in the resume, and the digest matches subscribers by it: without the key it cannot be reversed or
/// tested against a list of addresses.
/// </summary>
public sealed class CandidateKeys(SigningKeyStore keys)
{
    public const string KeyPurpose = "candidate-emails";

    public async ValueTask<string> OfAsync(string email, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(KeyPurpose, cancellationToken);
        return Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())));
    }
}
