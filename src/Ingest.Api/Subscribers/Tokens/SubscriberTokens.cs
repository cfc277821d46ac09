using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;

namespace Ingest.Api.Subscribers.Tokens;

/// <summary>
/// The tokens in mail links: purpose, subscriber id and issue time, signed with HMAC-SHA256 (128 bits of it kept) under
/// a key in the database. Nothing is stored per token, so every mail can carry a link and any instance can check it;
/// a forged or altered token fails the signature. Expiry is the caller's rule, from <see cref="SubscriberToken.IssuedAt"/>.
/// </summary>
public sealed class SubscriberTokens(SigningKeyStore keys)
{
    public const string KeyPurpose = "subscriber-tokens";

    private const int PayloadLength = 1 + 16 + 8;
    private const int MacLength = 16;
    private const int TokenLength = PayloadLength + MacLength;

    public async Task<string> IssueAsync(TokenPurpose purpose, Guid subscriberId, DateTimeOffset issuedAt, CancellationToken cancellationToken)
    {
        var key = await keys.GetAsync(KeyPurpose, cancellationToken);
        var token = new byte[TokenLength];
        token[0] = (byte)purpose;
        subscriberId.TryWriteBytes(token.AsSpan(1, 16));
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(17, 8), issuedAt.ToUnixTimeMilliseconds());
        Sign(key, token);
        return Base64Url.EncodeToString(token);
    }

    /// <summary>The token's content when it is well formed, signed by us and for <paramref name="purpose"/>; otherwise null.</summary>
    public async Task<SubscriberToken?> ReadAsync(string? text, TokenPurpose purpose, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2 * TokenLength)
        {
            return null;
        }
        var token = new byte[TokenLength];
        if (!Base64Url.IsValid(text, out var length) || length != TokenLength || Base64Url.DecodeFromChars(text, token) != TokenLength)
        {
            return null;
        }
        var key = await keys.GetAsync(KeyPurpose, cancellationToken);
        var expected = new byte[TokenLength];
        token.AsSpan(0, PayloadLength).CopyTo(expected);
        Sign(key, expected);
        if (!CryptographicOperations.FixedTimeEquals(token, expected) || token[0] != (byte)purpose)
        {
            return null;
        }
        var issuedAt = BinaryPrimitives.ReadInt64BigEndian(token.AsSpan(17, 8));
        return new SubscriberToken(purpose, new Guid(token.AsSpan(1, 16)), DateTimeOffset.FromUnixTimeMilliseconds(issuedAt));
    }

    private static void Sign(byte[] key, byte[] token)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, token.AsSpan(0, PayloadLength), mac);
        mac[..MacLength].CopyTo(token.AsSpan(PayloadLength));
    }
}
