using System.Net;
using System.Text;

namespace Ingest.Api.Tests.Batches;

/// <summary>
/// A multipart batch upload that sends its files, then starts one more and never finishes it: the request stays open
/// until the caller cancels it, as a browser tab closed mid-upload does.
/// </summary>
public sealed class StalledUpload : HttpContent
{
    private const string Boundary = "stalled-boundary-7f3a";
    private readonly IReadOnlyList<(string Name, byte[] Content)> _files;

    public StalledUpload(IReadOnlyList<(string Name, byte[] Content)> files)
    {
        _files = files;
        Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        foreach (var (name, content) in _files)
        {
            await WriteAsync(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n", cancellationToken);
            await stream.WriteAsync(content, cancellationToken);
            await WriteAsync(stream, "\r\n", cancellationToken);
        }
        await WriteAsync(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"four.txt\"\r\n\r\nHalf a resume", cancellationToken);
        await stream.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    private static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask();
}

/// <summary>A ZIP sent as <c>file</c> of which only the first half ever arrives.</summary>
public sealed class StalledZip : HttpContent
{
    private const string Boundary = "stalled-zip-9c1d";
    private readonly byte[] _zip;

    public StalledZip(byte[] zip)
    {
        _zip = zip;
        Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={Boundary}");
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"half.zip\"\r\n\r\n"), cancellationToken);
        await stream.WriteAsync(_zip.AsMemory(0, _zip.Length / 2), cancellationToken);
        await stream.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
