using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Pipeline.Cli.Inputs;

namespace Pipeline.Cli.Submit;

/// <summary>
/// The resumes as one ZIP made while the request is sent: each file is read from disk and deflated straight into the
/// request body (sent chunked), so no archive is built in memory or on disk first. Entry names are the inputs' relative
/// paths, which is what the results and reports are named after.
/// </summary>
public sealed class ZipUploadContent : HttpContent
{
    private readonly IReadOnlyList<InputFile> _files;

    public ZipUploadContent(IReadOnlyList<InputFile> files)
    {
        _files = files;
        Headers.ContentType = new MediaTypeHeaderValue("application/zip");
    }

    /// <summary>Bytes of the files read into the archive so far (for the upload's progress).</summary>
    public long BytesRead { get; private set; }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var zip = await ZipArchive.CreateAsync(stream, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        foreach (var file in _files)
        {
            var entry = zip.CreateEntry(file.RelativePath.Replace('\\', '/'), CompressionLevel.Fastest);
            await using var source = new FileStream(file.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using var target = await entry.OpenAsync(cancellationToken);
            await source.CopyToAsync(target, cancellationToken);
            BytesRead += source.Length;
        }
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
