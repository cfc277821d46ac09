namespace Deployment.Tests;

/// <summary>
/// The settings table of the design contract, as environment variables with their values (default first). Kept here
/// because the contract is outside the repository and the tests must pass on a clean clone.
/// </summary>
public static class ContractSettings
{
    public sealed record Row(string Setting, params string[] Values);

    public static readonly IReadOnlyList<Row> Rows =
    [
        new("Pipeline__Transport", "InMemory", "RabbitMq"),
        new("ConnectionStrings__RabbitMq"),
        new("Pipeline__BlobStore", "FileSystem", "AzureBlob"),
        new("ConnectionStrings__Blobs"),
        new("Pipeline__DataPath", "./data"),
        new("Pipeline__Workers", "All", "None"),
        new("Database__Provider", "Sqlite", "Postgres", "SqlServer"),
        new("ConnectionStrings__Pipeline"),
        new("Smtp__Host"),
        new("Smtp__Port"),
        new("Smtp__From"),
        new("Admin__ApiKey"),
        new("PublicBaseUrl", "http://localhost:5000"),
        new("Callbacks__AllowPrivateNetworks", "false", "true"),
        new("ASPNETCORE_URLS", "http://localhost:5000"),
    ];

    /// <summary>
    /// Rows whose feature has not landed (none now): the code must not bind them yet, and once it does, this list must
    /// shrink so their values and defaults get checked like the rest.
    /// </summary>
    public static readonly IReadOnlySet<string> NotYetBuilt = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Settings the contract replaced (by the one <c>PublicBaseUrl</c>): nothing may bind or set them any more.</summary>
    public static readonly IReadOnlyList<string> Retired = ["Subscribers__PublicBaseUrl", "Callbacks__PublicBaseUrl"];

    /// <summary>What the distributed mode sets on every service, and on Ingest.Api alone.</summary>
    public static readonly IReadOnlyList<string> DistributedEverywhere =
        ["Pipeline__Transport", "ConnectionStrings__RabbitMq", "Pipeline__BlobStore", "ConnectionStrings__Blobs", "ASPNETCORE_URLS"];

    public static readonly IReadOnlyList<string> DistributedApiOnly = ["Pipeline__Workers", "Database__Provider", "ConnectionStrings__Pipeline"];
}
