using System.Net;
using System.Text;

namespace Ingest.Api.Tests.Batches;

/// <summary>
/// A multipart body that sends its parts and then never ends: the request stays open until the caller cancels it, as a
/// browser tab closed mid-upload does.
/// </summary>
public abstract class StalledMultipart : HttpContent
{
    protected StalledMultipart(string boundary)
    {
        Boundary = boundary;
        Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
    }

    protected string Boundary { get; }

    /// <summary>What arrives before the body stalls.</summary>
    protected abstract Task WritePartsAsync(Stream stream, CancellationToken cancellationToken);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await WritePartsAsync(stream, cancellationToken);
        await stream.FlushAsync(cancellationToken);
        await Task.Delay(Timeout.Infinite, cancellationToken);
    }

    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected static Task WriteAsync(Stream stream, string text, CancellationToken cancellationToken) =>
        stream.WriteAsync(Encoding.UTF8.GetBytes(text), cancellationToken).AsTask();
}

/// <summary>Resumes sent as <c>files</c>, then one more started and never finished.</summary>
public sealed class StalledUpload(IReadOnlyList<(string Name, byte[] Content)> files) : StalledMultipart("stalled-boundary-7f3a")
{
    protected override async Task WritePartsAsync(Stream stream, CancellationToken cancellationToken)
    {
        foreach (var (name, content) in files)
        {
            await WriteAsync(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n", cancellationToken);
            await stream.WriteAsync(content, cancellationToken);
            await WriteAsync(stream, "\r\n", cancellationToken);
        }
        await WriteAsync(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"four.txt\"\r\n\r\nHalf a resume", cancellationToken);
    }
}

/// <summary>A ZIP sent as <c>file</c> of which only the first half ever arrives.</summary>
public sealed class StalledZip(byte[] zip) : StalledMultipart("stalled-zip-9c1d")
{
    protected override async Task WritePartsAsync(Stream stream, CancellationToken cancellationToken)
    {
        await WriteAsync(stream, $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"half.zip\"\r\n\r\n", cancellationToken);
        await stream.WriteAsync(zip.AsMemory(0, zip.Length / 2), cancellationToken);
    }
}
