using System.Buffers.Binary;

namespace Resume.Parsing.Ocr;

/// <summary>
/// An image's width and height from its header (PNG's IHDR, JPEG's start-of-frame), read before any pixel is decoded:
/// a few kilobytes of PNG can declare gigapixels, so size is judged from the declaration, not from decoding.
/// </summary>
internal static class ImageSize
{
    /// <returns>The size, or null when the header is missing or damaged.</returns>
    public static (int Width, int Height)? Read(ReadOnlySpan<byte> bytes, ImageFormat format) =>
        format == ImageFormat.Png ? Png(bytes) : Jpeg(bytes);

    private static (int, int)? Png(ReadOnlySpan<byte> bytes)
    {
        // Signature (8), chunk length (4), "IHDR", width (4), height (4).
        if (bytes.Length < 24 || !bytes.Slice(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }
        var width = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(16, 4));
        var height = BinaryPrimitives.ReadUInt32BigEndian(bytes.Slice(20, 4));
        return width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : ((int)width, (int)height);
    }

    private static (int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        var at = 2;
        while (at + 4 <= bytes.Length)
        {
            if (bytes[at] != 0xFF)
            {
                return null;
            }
            var marker = bytes[at + 1];
            if (marker == 0xFF)
            {
                at++; // fill byte
                continue;
            }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7)
            {
                at += 2; // markers without a length
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 2, 2));
            // Start of frame: every SOFn but DHT (C4), JPG (C8) and DAC (CC) carries precision, height, width.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (at + 9 > bytes.Length || length < 7)
                {
                    return null;
                }
                int height = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 5, 2));
                int width = BinaryPrimitives.ReadUInt16BigEndian(bytes.Slice(at + 7, 2));
                return width == 0 || height == 0 ? null : (width, height);
            }
            if (marker == 0xDA || length < 2)
            {
                return null; // image data before any frame header
            }
            at += 2 + length;
        }
        return null;
    }
}
