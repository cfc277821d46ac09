using System.Security.Cryptography;

namespace Ingest.Api.Scans;

public static class ScanIds
{
    /// <summary>
    /// 128 bits from the cryptographic generator (not a version-4 GUID, whose 6 fixed bits would leave 122): for an
    /// anonymous scan the id is the only key to it, so it must not be guessable.
    /// </summary>
    public static Guid New() => new(RandomNumberGenerator.GetBytes(16));
}
