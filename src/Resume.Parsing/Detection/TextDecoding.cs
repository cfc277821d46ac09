using System.Text;
using System.Text.Unicode;

namespace Resume.Parsing.Detection;

/// <summary>
/// Decodes text files: UTF-8 (with or without BOM), UTF-16 with a BOM, and, when the bytes are not UTF-8, Windows-1252
/// (which includes Latin-1's letters) if every byte means a character there. Anything else is not text.
/// </summary>
internal static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static string? TryDecode(ReadOnlySpan<byte> bytes, int maxChars)
    {
        try
        {
            string text;
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                text = StrictUtf8.GetString(bytes[3..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            {
                text = StrictUtf16Le.GetString(bytes[2..]);
            }
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            {
                text = StrictUtf16Be.GetString(bytes[2..]);
            }
            else
            {
                if (bytes.IndexOf((byte)0) >= 0)
                {
                    return null;
                }
                text = Utf8.IsValid(bytes) ? StrictUtf8.GetString(bytes) : Windows1252.TryDecode(bytes) ?? throw new DecoderFallbackException();
            }
            return LooksLikeText(text) ? (text.Length > maxChars ? text[..maxChars] : text) : null;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>Control characters other than tab, newline, carriage return and form feed mean binary data.</summary>
    private static bool LooksLikeText(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return false;
            }
            if (c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }
        return controls <= text.Length / 100;
    }
}
