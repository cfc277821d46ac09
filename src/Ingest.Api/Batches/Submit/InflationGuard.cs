using System.IO.Hashing;
using Pipeline.Storage;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Counts the bytes an entry really inflates to (the sizes an archive declares may lie) and stops it as soon as it
/// passes the compression ratio or spends what is left of the batch's total; keeps their CRC-32, to hold against the
/// archive's. The caller owns (and disposes) the inner stream.
/// </summary>
public sealed class InflationGuard(Stream inflated, long? compressedBytes, IntakeBudget budget, double maxRatio, long ratioFloor) : ForwardReadStream
{
    private readonly Crc32 _crc = new();

    public long BytesRead { get; private set; }

    /// <summary>The CRC-32 of everything read so far.</summary>
    public uint Crc32 => _crc.GetCurrentHashAsUInt32();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inflated.ReadAsync(buffer, cancellationToken);
        BytesRead += read;
        _crc.Append(buffer.Span[..read]);
        budget.Spend(read);
        if (compressedBytes is { } packed && BytesRead > ratioFloor && BytesRead > Math.Max(packed, 1) * maxRatio)
        {
            throw new EntryRefusedException(EntryCodes.CompressionRatio,
                $"The entry inflates more than {maxRatio:0} times its compressed size: documents do not, archive bombs do.");
        }
        return read;
    }
}
