namespace Resume.Fixtures;

/// <summary>Small uncompressed bitmaps, made byte by byte so no imaging library is needed.</summary>
public static class Bitmaps
{
    /// <summary>A 24-bit BMP of grey speckles, like a faint scan.</summary>
    public static byte[] Noise(int width, int height, int seed = 7)
    {
        var rowSize = (width * 3 + 3) & ~3;
        var pixels = rowSize * height;
        var bytes = new byte[54 + pixels];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BitConverter.TryWriteBytes(bytes.AsSpan(2), bytes.Length);
        BitConverter.TryWriteBytes(bytes.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bytes.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bytes.AsSpan(18), width);
        BitConverter.TryWriteBytes(bytes.AsSpan(22), height);
        BitConverter.TryWriteBytes(bytes.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bytes.AsSpan(28), (short)24);
        BitConverter.TryWriteBytes(bytes.AsSpan(34), pixels);
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var shade = (byte)(random.Next(10) == 0 ? 40 : 235);
                var at = 54 + y * rowSize + x * 3;
                bytes[at] = bytes[at + 1] = bytes[at + 2] = shade;
            }
        }
        return bytes;
    }
}
