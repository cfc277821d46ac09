using System.Collections.Concurrent;
using Azure;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>
/// Blobs in Azure Blob Storage: <c>uploads/{id}</c> is blob <c>{id}</c> in container <c>{prefix}uploads</c>. An upload
/// commits its block list at the end, so a put is all-or-nothing.
/// </summary>
public sealed class AzureBlobStore(BlobServiceClient service, string containerPrefix = "") : IBlobStore
{
    /// <summary>The first segment of every blob name, one container each.</summary>
    public static readonly IReadOnlyList<string> Folders = ["uploads", "jobs", "parsed", "scores", "reports", "optimized"];

    private const int BlockBytes = 4 * 1024 * 1024;

    private readonly ConcurrentDictionary<string, BlobContainerClient> _containers = new();

    public string ContainerPrefix => containerPrefix;

    /// <summary>Creates the containers that do not exist yet.</summary>
    public async Task EnsureContainersAsync(CancellationToken cancellationToken = default)
    {
        foreach (var folder in Folders)
        {
            await Container(folder).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }
    }

    public async Task PutAsync(string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        var (container, blob) = Split(name);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = contentType },
            // A stream of unknown length is sent in blocks of this size, so at most one block is held in memory.
            TransferOptions = new StorageTransferOptions { InitialTransferSize = BlockBytes, MaximumTransferSize = BlockBytes, MaximumConcurrency = 1 },
        };
        await using var upload = content.CanSeek ? null : await BufferedHeadAsync(content, cancellationToken);
        var source = upload ?? content;
        var start = source.CanSeek ? source.Position : 0;
        try
        {
            await container.GetBlobClient(blob).UploadAsync(source, options, cancellationToken);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound && source.CanSeek)
        {
            // The containers are made at start; this covers a store that was reset while the service ran.
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            source.Position = start;
            await container.GetBlobClient(blob).UploadAsync(source, options, cancellationToken);
        }
    }

    /// <summary>
    /// A stream of unknown length goes up as staged blocks and a commit: two requests at least. Most (a resume) fit in
    /// one block: read up to a block ahead, and if the stream ends there, send it in one request from memory.
    /// </summary>
    private static async Task<Stream> BufferedHeadAsync(Stream content, CancellationToken cancellationToken)
    {
        var head = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (head.Length <= BlockBytes && (read = await content.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, BlockBytes + 1 - head.Length)), cancellationToken)) > 0)
        {
            head.Write(buffer, 0, read);
        }
        head.Position = 0;
        return head.Length <= BlockBytes ? head : new ConcatenatedStream(head, content);
    }

    public async Task<Stream?> OpenReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var (container, blob) = Split(name);
        try
        {
            var download = await container.GetBlobClient(blob).DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string name, CancellationToken cancellationToken = default)
    {
        var (container, blob) = Split(name);
        try
        {
            return await container.GetBlobClient(blob).ExistsAsync(cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        var (container, blob) = Split(name);
        try
        {
            await container.GetBlobClient(blob).DeleteIfExistsAsync(DeleteSnapshotsOption.IncludeSnapshots, cancellationToken: cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No container, so no blob either.
        }
    }

    public async Task CheckAsync(CancellationToken cancellationToken = default) =>
        await Container(Folders[0]).GetPropertiesAsync(cancellationToken: cancellationToken);

    private (BlobContainerClient Container, string Blob) Split(string name)
    {
        var slash = name.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == name.Length - 1 || !Folders.Contains(name[..slash]))
        {
            throw new ArgumentException($"'{name}' is not a blob name.", nameof(name));
        }
        return (Container(name[..slash]), name[(slash + 1)..]);
    }

    private BlobContainerClient Container(string folder) =>
        _containers.GetOrAdd(folder, f => service.GetBlobContainerClient(containerPrefix + f));
}
