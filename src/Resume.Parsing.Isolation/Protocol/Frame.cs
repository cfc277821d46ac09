using System.Buffers.Binary;

namespace Resume.Parsing.Isolation.Protocol;

/// <summary>
/// The pipe protocol between the pool and a child: a 4-byte little-endian length, then that many bytes. Requests carry
/// the file; replies carry <see cref="Reply"/>. Lengths are checked against a limit before anything is allocated.
/// </summary>
internal static class Frame
{
    public static void Write(Stream output, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(header, payload.Length);
        output.Write(header);
        output.Write(payload);
        output.Flush();
    }

    /// <summary>The next frame, or null at the end of the stream (the other side closed it or died).</summary>
    public static byte[]? Read(Stream input, int maxLength)
    {
        Span<byte> header = stackalloc byte[4];
        if (input.ReadAtLeast(header, 4, throwOnEndOfStream: false) < 4)
        {
            return null;
        }
        var payload = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(header), maxLength)];
        return input.ReadAtLeast(payload, payload.Length, throwOnEndOfStream: false) < payload.Length ? null : payload;
    }

    public static async Task<byte[]?> ReadAsync(Stream input, int maxLength, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        if (await input.ReadAtLeastAsync(header, 4, throwOnEndOfStream: false, cancellationToken) < 4)
        {
            return null;
        }
        var payload = new byte[CheckedLength(BinaryPrimitives.ReadInt32LittleEndian(header), maxLength)];
        return await input.ReadAtLeastAsync(payload, payload.Length, throwOnEndOfStream: false, cancellationToken) < payload.Length ? null : payload;
    }

    private static int CheckedLength(int length, int maxLength) =>
        length >= 0 && length <= maxLength ? length : throw new InvalidDataException($"A frame of {length} bytes is outside the protocol (at most {maxLength}).");
}
