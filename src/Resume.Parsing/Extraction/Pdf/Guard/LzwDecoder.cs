namespace Resume.Parsing.Extraction.Pdf.Guard;

/// <summary>
/// LZW as PDF uses it (ISO 32000 §7.4.4): 9- to 12-bit codes, 256 clears the table, 257 ends the data, and with
/// <c>EarlyChange</c> 1 the code width grows one code early. A code can stand for up to 4,096 bytes, so LZW can explode
/// as Flate does: everything goes through the counting sink.
/// </summary>
internal static class LzwDecoder
{
    private const int Clear = 256;
    private const int EndOfData = 257;
    private const int MaxCodes = 4096;

    public static void Decode(ArraySegment<byte> input, int earlyChange, DecodedSink sink)
    {
        var data = input.AsSpan();
        var prefix = new short[MaxCodes];
        var suffix = new byte[MaxCodes];
        var lengths = new short[MaxCodes];
        var output = new byte[MaxCodes];
        for (var i = 0; i < 256; i++)
        {
            prefix[i] = -1;
            suffix[i] = (byte)i;
            lengths[i] = 1;
        }
        var next = 258;
        var width = 9;
        var previous = -1;
        long bits = 0;
        var bitCount = 0;
        var position = 0;
        while (true)
        {
            while (bitCount < width && position < data.Length)
            {
                bits = (bits << 8) | data[position++];
                bitCount += 8;
            }
            if (bitCount < width)
            {
                return;
            }
            var code = (int)((bits >> (bitCount - width)) & ((1 << width) - 1));
            bitCount -= width;
            if (code == Clear)
            {
                next = 258;
                width = 9;
                previous = -1;
                continue;
            }
            if (code == EndOfData)
            {
                return;
            }
            if (code > next || code == next && previous < 0)
            {
                return; // damaged: a reader stops here too
            }
            int first;
            if (code < next)
            {
                first = Emit(code, prefix, suffix, lengths, output, sink);
            }
            else
            {
                // The code being defined right now: the previous string plus its own first byte.
                first = Emit(previous, prefix, suffix, lengths, output, sink);
                sink.Write((byte)first);
            }
            if (previous >= 0 && next < MaxCodes)
            {
                prefix[next] = (short)previous;
                suffix[next] = (byte)first;
                lengths[next] = (short)Math.Min(lengths[previous] + 1, MaxCodes);
                next++;
            }
            previous = code;
            if (next + earlyChange >= 1 << width && width < 12)
            {
                width++;
            }
        }
    }

    /// <summary>Writes the string of <paramref name="code"/> and returns its first byte.</summary>
    private static int Emit(int code, short[] prefix, byte[] suffix, short[] lengths, byte[] output, DecodedSink sink)
    {
        var length = lengths[code];
        var at = length;
        for (var c = code; c >= 0 && at > 0; c = prefix[c])
        {
            output[--at] = suffix[c];
        }
        sink.Write(output.AsSpan(at, length - at));
        return output[at];
    }
}
