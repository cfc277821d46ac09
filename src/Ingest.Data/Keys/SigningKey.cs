namespace Ingest.Data.Keys;

/// <summary>
/// A random key the service made for itself the first time it needed it, kept in the database so every instance that
/// shares the database signs and checks with the same one.
/// </summary>
public sealed class SigningKey
{
    public const int PurposeLength = 64;
    public const int KeyLength = 64;

    /// <summary>What the key signs (<c>subscriber-tokens</c>).</summary>
    public required string Purpose { get; set; }

    public required byte[] Key { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
