using System.Security.Cryptography;
using Ingest.Api.Uploads;
using Pipeline.Storage;

namespace Ingest.Api.Scans.Submit;

/// <summary>
/// The upload as the blob store reads it: the already-sniffed prefix, then the rest of the request section. Hashes and
/// counts every byte on the way and throws past the size limit, so the file is never held whole in memory.
/// </summary>
public sealed class UploadStream(ReadOnlyMemory<byte> prefix, Stream rest, long limit) : ForwardReadStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private ReadOnlyMemory<byte> _prefix = prefix;

    public long BytesRead { get; private set; }

    /// <summary>Whether reading the request itself failed (cut off, malformed): the sender's fault, not the store's.</summary>
    public bool SenderFailed { get; private set; }

    /// <summary>SHA-256 of everything read, hex; call once, after the stream was read to its end.</summary>
    public string Sha256Hex() => Convert.ToHexStringLower(_hash.GetHashAndReset());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        int read;
        if (!_prefix.IsEmpty)
        {
            read = Math.Min(buffer.Length, _prefix.Length);
            _prefix[..read].CopyTo(buffer);
            _prefix = _prefix[read..];
        }
        else
        {
            try
            {
                read = await rest.ReadAsync(buffer, cancellationToken);
            }
            catch
            {
                SenderFailed = true;
                throw;
            }
        }
        BytesRead += read;
        if (BytesRead > limit)
        {
            throw new UploadTooLargeException(limit);
        }
        _hash.AppendData(buffer.Span[..read]);
        return read;
    }

    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }
        base.Dispose(disposing);
    }
}
