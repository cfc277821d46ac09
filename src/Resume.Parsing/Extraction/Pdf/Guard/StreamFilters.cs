using System.IO.Compression;
using Resume.Model;

namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// Runs a stream's whole filter chain (ISO 32000 §7.4) the way the reader will, into counting sinks: each layer's output
/// is counted, so <c>[/FlateDecode /FlateDecode]</c> is seen at its final size, not its first. Image codecs end the
/// chain (the parser never decodes pixels); a filter nobody knows ends it too, as it ends the reader's.
/// </summary>
internal static class StreamFilters
{
    /// <summary>Real files use one filter, rarely two; a long chain only multiplies work.</summary>
    public const int MaxFilters = 4;

    /// <summary>
    /// Decodes <paramref name="raw"/> through <paramref name="filters"/>; returns the decoded bytes when
    /// <paramref name="keep"/>, else an empty segment (the bytes were only counted).
    /// </summary>
    public static ArraySegment<byte> Decode(ArraySegment<byte> raw, IReadOnlyList<(string Name, PdfDictionary? Parameters)> filters,
        InflateAllowance allowance, bool keep)
    {
        if (filters.Count > MaxFilters)
        {
            throw new ParseFailure(ErrorCodes.TooComplex,
                $"The PDF runs a stream through {filters.Count} decoders in a row; no real document needs more than {MaxFilters}.");
        }
        var current = raw;
        for (var i = 0; i < filters.Count; i++)
        {
            var last = i == filters.Count - 1;
            var (name, parameters) = filters[i];
            var sink = new DecodedSink(allowance, keep: keep || !last);
            switch (name)
            {
                case "FlateDecode" or "Fl":
                    Inflate(current, sink);
                    break;
                case "LZWDecode" or "LZW":
                    LzwDecoder.Decode(current, EarlyChange(parameters), sink);
                    break;
                case "ASCIIHexDecode" or "AHx":
                    AsciiHex(current, sink);
                    break;
                case "ASCII85Decode" or "A85":
                    Ascii85(current, sink);
                    break;
                case "RunLengthDecode" or "RL":
                    RunLength(current, sink);
                    break;
                default:
                    // DCT, JPX, CCITT, JBIG2 (pixels the parser never decodes), Crypt, or a name no reader knows.
                    return keep ? current : default;
            }
            if (last)
            {
                return keep ? sink.Kept() : default;
            }
            current = sink.Kept();
        }
        return keep ? current : default;
    }

    /// <summary>As the reader does: the two zlib header bytes skipped, raw deflate after them, and what inflated before damage kept.</summary>
    private static void Inflate(ArraySegment<byte> input, DecodedSink sink)
    {
        if (input.Count <= 2)
        {
            return;
        }
        using var compressed = new MemoryStream(input.Array!, input.Offset + 2, input.Count - 2, writable: false);
        using var deflate = new DeflateStream(compressed, CompressionMode.Decompress);
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
            {
                sink.Write(buffer.AsSpan(0, read));
            }
        }
        catch (InvalidDataException)
        {
            // Damaged from here on; the reader keeps what came before, and so is it counted.
        }
    }

    private static void AsciiHex(ArraySegment<byte> input, DecodedSink sink)
    {
        var high = -1;
        foreach (var c in input.AsSpan())
        {
            if (c == '>')
            {
                break;
            }
            var value = c switch
            {
                >= (byte)'0' and <= (byte)'9' => c - '0',
                >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
                >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
                _ => -1,
            };
            if (value < 0)
            {
                continue;
            }
            if (high < 0)
            {
                high = value;
            }
            else
            {
                sink.Write((byte)(high * 16 + value));
                high = -1;
            }
        }
        if (high >= 0)
        {
            sink.Write((byte)(high * 16));
        }
    }

    private static void Ascii85(ArraySegment<byte> input, DecodedSink sink)
    {
        Span<byte> group = stackalloc byte[4];
        uint value = 0;
        var count = 0;
        foreach (var c in input.AsSpan())
        {
            if (c == '~')
            {
                break;
            }
            if (c == 'z' && count == 0)
            {
                group.Clear();
                sink.Write(group);
                continue;
            }
            if (c is < (byte)'!' or > (byte)'u')
            {
                continue;
            }
            value = value * 85 + (uint)(c - '!');
            if (++count == 5)
            {
                System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(group, value);
                sink.Write(group);
                value = 0;
                count = 0;
            }
        }
        if (count > 1)
        {
            for (var pad = count; pad < 5; pad++)
            {
                value = value * 85 + 84;
            }
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(group, value);
            sink.Write(group[..(count - 1)]);
        }
    }

    private static void RunLength(ArraySegment<byte> input, DecodedSink sink)
    {
        var data = input.AsSpan();
        Span<byte> run = stackalloc byte[128];
        for (var i = 0; i < data.Length;)
        {
            var length = data[i++];
            if (length == 128)
            {
                break;
            }
            if (length < 128)
            {
                var take = Math.Min(length + 1, data.Length - i);
                sink.Write(data.Slice(i, take));
                i += take;
            }
            else if (i < data.Length)
            {
                run[..(257 - length)].Fill(data[i++]);
                sink.Write(run[..(257 - length)]);
            }
        }
    }

    private static int EarlyChange(PdfDictionary? parameters) =>
        parameters?["EarlyChange"] is PdfNumber { Value: 0 } ? 0 : 1;
}
