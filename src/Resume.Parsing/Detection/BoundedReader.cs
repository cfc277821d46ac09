using System.Buffers;
using Resume.Model;

namespace Resume.Parsing.Detection;

/// <summary>Reads an upload into memory, refusing it as soon as it passes the size limit (never buffering more).</summary>
internal static class BoundedReader
{
    /// <returns>The buffer and how many bytes of it hold the file; the caller returns the buffer to the pool.</returns>
    public static (byte[] Buffer, int Length) Read(Stream stream, long maxBytes, ParseBudget budget)
    {
        var limit = (int)Math.Min(maxBytes, Array.MaxLength - 1);
        if (stream.CanSeek)
        {
            long remaining;
            try
            {
                remaining = stream.Length - stream.Position;
            }
            catch (NotSupportedException)
            {
                remaining = -1;
            }
            if (remaining > maxBytes)
            {
                throw TooLarge(remaining, maxBytes);
            }
        }
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, limit + 1L));
                    Buffer.BlockCopy(buffer, 0, bigger, 0, length);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = stream.Read(buffer, length, Math.Min(buffer.Length - length, limit + 1 - length));
                if (read == 0)
                {
                    break;
                }
                length += read;
                if (length > limit)
                {
                    throw TooLarge(length, maxBytes);
                }
                budget.Check();
            }
            return (buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    private static ParseFailure TooLarge(long size, long maxBytes) => new(ErrorCodes.TooLarge,
        size > maxBytes && size < long.MaxValue
            ? $"The file is larger than the {Megabytes(maxBytes)} limit; a resume rarely needs more than 1 MiB."
            : $"The file is larger than the {Megabytes(maxBytes)} limit.");

    // Binary units, named as such, the same word the page, the API and the CLI use.
    private static string Megabytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024.0 * 1024):0.#} MiB" : $"{bytes / 1024.0:0.#} KiB";
}
