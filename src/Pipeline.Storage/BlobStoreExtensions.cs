using System.Text;
using Pipeline.Contracts;

namespace Pipeline.Storage;

public static class BlobStoreExtensions
{
    /// <summary>Erases every blob a scan can have (upload, job posting, results).</summary>
    public static async Task DeleteScanAsync(this IBlobStore store, Guid scanId, CancellationToken cancellationToken = default)
    {
        foreach (var name in BlobNames.All(scanId))
        {
            await store.DeleteAsync(name, cancellationToken);
        }
    }

    public static async Task PutTextAsync(this IBlobStore store, string name, string text, string contentType, CancellationToken cancellationToken = default)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text), writable: false);
        await store.PutAsync(name, content, contentType, cancellationToken);
    }

    /// <summary>The blob as UTF-8 text, or null when it does not exist.</summary>
    public static async Task<string?> ReadTextAsync(this IBlobStore store, string name, CancellationToken cancellationToken = default)
    {
        await using var content = await store.OpenReadAsync(name, cancellationToken);
        if (content is null)
        {
            return null;
        }
        using var reader = new StreamReader(content, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
