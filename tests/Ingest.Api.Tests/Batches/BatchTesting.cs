using System.Net.Http.Headers;
using Pipeline.Testing;

namespace Ingest.Api.Tests.Batches;

/// <summary>What the batch tests share: clients with a tenant's key, and the files the all-in-one app keeps.</summary>
public static class BatchTesting
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    /// <summary>The batch routes called with <paramref name="apiKey"/> (none: anonymously).</summary>
    public static BatchesClient BatchesAs(this AllInOneApp app, string? apiKey)
    {
        var http = app.CreateClient();
        http.Timeout = TimeSpan.FromMinutes(5);
        if (apiKey is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }
        return new BatchesClient(http);
    }

    /// <summary>The uploads in the blob folder (one per scan that was stored).</summary>
    public static IReadOnlyList<string> StoredUploads(this AllInOneApp app)
    {
        var folder = Path.Combine(app.BlobFolder, "uploads");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    /// <summary>Archives waiting in the spool folder.</summary>
    public static IReadOnlyList<string> SpooledArchives(this AllInOneApp app)
    {
        var folder = Path.Combine(app.DataPath, "spool");
        return Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
    }

    public static Dictionary<string, string?> Settings(Dictionary<string, string?>? more = null) => Partners.Settings(more);
}
