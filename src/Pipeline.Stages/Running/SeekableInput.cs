namespace Pipeline.Stages.Running;

internal static class SeekableInput
{
    /// <summary>
    /// The parser needs to seek (PDF cross-reference tables sit at the end). A network stream is copied into memory, at
    /// most <paramref name="limit"/> + 1 bytes, so an oversized blob still shows as too large without being read whole.
    /// </summary>
    public static async Task<Stream> OfAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        if (source.CanSeek)
        {
            return source;
        }
        var copy = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while (copy.Length <= limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit + 1 - copy.Length)), cancellationToken)) > 0)
        {
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}
