using System.Security.Cryptography;
using System.Text;
using Ingest.Data.Tenants;

namespace Ingest.Api.Tenants;

/// <summary>
/// Tenant API keys: <c>rpk_</c> and 256 random bits (base64url). A key that long cannot be guessed or brute-forced from
/// its hash, so one SHA-256 is the right store for it (a slow password hash would only cost CPU on every request).
/// </summary>
public static class ApiKeys
{
    public const string Marker = "rpk_";

    /// <summary>A base64url key of 32 bytes is 43 characters.</summary>
    public const int Length = 4 + 43;

    public static string New() => Marker + Base64Url(RandomNumberGenerator.GetBytes(32));

    /// <summary>The part of a key stored in clear to find its row: the marker and 72 of its 256 bits.</summary>
    public static string PrefixOf(string key) => key[..TenantApiKey.PrefixLength];

    /// <summary>The row that stores <paramref name="key"/>: its prefix and hash, never the key.</summary>
    public static TenantApiKey Row(Guid tenantId, string key, DateTimeOffset now) =>
        new() { KeyPrefix = PrefixOf(key), TenantId = tenantId, KeyHash = Hash(key), CreatedAt = now };

    public static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    /// <summary>Whether <paramref name="presented"/> is a well-formed key (checked before anything touches the database).</summary>
    public static bool IsWellFormed(string presented) =>
        presented.Length == Length && presented.StartsWith(Marker, StringComparison.Ordinal)
        && presented.AsSpan(Marker.Length).IndexOfAnyExcept("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") < 0;

    /// <summary>Compares hashes in constant time, so the answer's timing tells nothing about how much of a key was right.</summary>
    public static bool Matches(string presented, byte[] storedHash) => CryptographicOperations.FixedTimeEquals(Hash(presented), storedHash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
