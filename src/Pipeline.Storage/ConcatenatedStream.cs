namespace Pipeline.Storage;

/// <summary>What was already read of a stream (<paramref name="head"/>), then the rest of it, read as one stream.</summary>
internal sealed class ConcatenatedStream(Stream head, Stream rest) : ForwardReadStream
{
    private bool _headDone;

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (!_headDone)
        {
            var read = await head.ReadAsync(buffer, cancellationToken);
            if (read > 0)
            {
                return read;
            }
            _headDone = true;
        }
        return await rest.ReadAsync(buffer, cancellationToken);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            head.Dispose();
        }
        base.Dispose(disposing);
    }
}
