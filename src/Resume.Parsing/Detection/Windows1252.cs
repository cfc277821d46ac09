namespace Resume.Parsing.Detection;

/// <summary>
/// The Windows Western code page, in which most non-UTF-8 text files in Europe and the Americas are saved (Notepad's
/// "ANSI"). It is Latin-1 plus printable characters (curly quotes, dashes, €) where Latin-1 has invisible controls.
/// </summary>
internal static class Windows1252
{
    /// <summary>0x80–0x9F; '\0' marks the five bytes the code page leaves undefined.</summary>
    private const string HighControls =
        "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";

    /// <summary>The text, or null when a byte has no meaning here (so the bytes are something else).</summary>
    public static string? TryDecode(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            var c = b is >= 0x80 and <= 0x9F ? HighControls[b - 0x80] : (char)b;
            if (c == '\0')
            {
                return null;
            }
            chars[i] = c;
        }
        return new string(chars);
    }
}
