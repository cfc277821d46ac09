using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Ingest.Api.Tenants;

/// <summary>
/// The per-tenant callback signing secrets, in the Standard Webhooks form <c>whsec_</c> + base64 of 32 random bytes.
/// The service must sign with a secret, so it cannot keep only a hash: it keeps it encrypted with ASP.NET Core Data
/// Protection, whose key ring lives in the same database (<c>DataProtectionKeys</c>), so every instance can sign what
/// another recorded and keys roll over without anyone's help. A copy of the <c>Tenants</c> table alone (an export, a
/// log, a partial backup) then gives away no secret; protecting against a thief of the whole database as well needs
/// the key ring encrypted with a key from outside it (Data Protection's <c>ProtectKeysWith…</c>), an operator's choice.
/// </summary>
public sealed class SigningSecrets(IDataProtectionProvider protection)
{
    public const string Marker = "whsec_";

    // The purpose string separates these ciphertexts from anything else the key ring protects; never change it.
    private readonly IDataProtector _protector = protection.CreateProtector("ResumePipeline.Callbacks.SigningSecret.v1");

    public static string New() => Marker + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>The HMAC key a secret stands for: the bytes after the marker.</summary>
    public static byte[] KeyOf(string secret) =>
        Convert.FromBase64String(secret.StartsWith(Marker, StringComparison.Ordinal) ? secret[Marker.Length..] : secret);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
