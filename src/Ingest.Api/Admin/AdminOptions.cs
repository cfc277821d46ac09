namespace Ingest.Api.Admin;

/// <summary>The <c>Admin</c> settings. No key, no admin surface.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";

    public string? ApiKey { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(ApiKey);
}
