using System.Buffers.Binary;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Reads how many entries an archive declares from its end record (and the ZIP64 one it points to), before anything
/// else is read: an archive that lists millions of entries is refused without building a list of them.
/// </summary>
public static class ZipDirectory
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint Zip64EndSignature = 0x06064b50;
    private const int EndLength = 22;
    private const int Zip64LocatorLength = 20;
    private const int MaxCommentLength = ushort.MaxValue;

    /// <summary>The entry count the archive declares; throws <see cref="MalformedArchiveException"/> when it has no end record.</summary>
    public static async Task<long> DeclaredEntriesAsync(Stream archive, CancellationToken cancellationToken)
    {
        var tailLength = (int)Math.Min(archive.Length, EndLength + MaxCommentLength + Zip64LocatorLength);
        var tail = new byte[tailLength];
        archive.Position = archive.Length - tailLength;
        await archive.ReadExactlyAsync(tail, cancellationToken);
        for (var at = tailLength - EndLength; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature)
            {
                continue;
            }
            long entries = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 10));
            if (entries == ushort.MaxValue && at >= Zip64LocatorLength
                && BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at - Zip64LocatorLength)) == Zip64LocatorSignature)
            {
                entries = await Zip64EntriesAsync(archive, BinaryPrimitives.ReadInt64LittleEndian(tail.AsSpan(at - Zip64LocatorLength + 8)), cancellationToken);
            }
            return entries;
        }
        throw new MalformedArchiveException("The archive has no end record: it is not a ZIP, or it was cut short.");
    }

    private static async Task<long> Zip64EntriesAsync(Stream archive, long offset, CancellationToken cancellationToken)
    {
        var record = new byte[56];
        if (offset < 0 || offset + record.Length > archive.Length)
        {
            throw new MalformedArchiveException("The archive's ZIP64 end record points outside the file.");
        }
        archive.Position = offset;
        await archive.ReadExactlyAsync(record, cancellationToken);
        if (BinaryPrimitives.ReadUInt32LittleEndian(record) != Zip64EndSignature)
        {
            throw new MalformedArchiveException("The archive's ZIP64 end record is damaged.");
        }
        return BinaryPrimitives.ReadInt64LittleEndian(record.AsSpan(32));
    }
}
