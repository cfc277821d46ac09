using Pipeline.Testing;

namespace Pipeline.IntegrationTests;

/// <summary>The real services <c>scripts/services.sh up</c> runs, as the distributed settings name them.</summary>
public static class Services
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Settings = new(DistributedSettings.Load);

    public static string Blobs => Settings.Value["ConnectionStrings__Blobs"];
    public static string Postgres => Settings.Value["ConnectionStrings__Pipeline"];
}
