using Ingest.Api.Scans.Submit;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// The uploaded ZIP, compressed, in a temporary file under <c>{data folder}/spool</c>: a ZIP's directory is at its end,
/// so the entries can only be judged once all of it is there. Hashed and counted on the way in, bounded by the batch
/// upload limit, and deleted when disposed (also when the request fails or is cancelled). Never unpacked as a whole,
/// never held in memory.
/// </summary>
public sealed class ArchiveSpool : IAsyncDisposable
{
    private ArchiveSpool(FileStream file, string fileName, string sha256Hex)
    {
        File = file;
        FileName = fileName;
        Sha256Hex = sha256Hex;
    }

    public FileStream File { get; }

    /// <summary>The archive's name as sent.</summary>
    public string FileName { get; }

    public string Sha256Hex { get; }

    public long Length => File.Length;

    /// <summary>Copies <paramref name="body"/> to a new temporary file; throws <see cref="UploadTooLargeException"/> past <paramref name="limit"/>.</summary>
    public static async Task<ArchiveSpool> WriteAsync(
        string folder, ReadOnlyMemory<byte> prefix, Stream body, string fileName, long limit, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"batch-{Guid.NewGuid():N}.zip");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            await using var upload = new UploadStream(prefix, body, limit);
            await upload.CopyToAsync(file, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            return new ArchiveSpool(file, fileName, upload.Sha256Hex());
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => File.DisposeAsync();
}
