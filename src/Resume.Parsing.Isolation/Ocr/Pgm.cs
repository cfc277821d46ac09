using System.Globalization;

namespace Resume.Parsing.Isolation.Ocr;

/// <summary>The header of a binary greyscale PNM ("P5"), the picture <c>pdftoppm -gray</c> writes.</summary>
internal static class Pgm
{
    /// <summary>Width, height and where the pixels start (a byte each, row by row), or null for anything else, a
    /// maximum value other than 255, or fewer pixels than the header promises.</summary>
    public static (int Width, int Height, int Offset)? Header(ReadOnlySpan<byte> pgm)
    {
        if (!pgm.StartsWith("P5"u8))
        {
            return null;
        }
        // Width, height and maximum value, each after white space, then one byte of white space and the pixels.
        Span<int> fields = stackalloc int[3];
        var at = 2;
        for (var field = 0; field < 3; field++)
        {
            while (at < pgm.Length && char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }
            var start = at;
            while (at < pgm.Length && char.IsAsciiDigit((char)pgm[at]))
            {
                at++;
            }
            if (at == start || !int.TryParse(pgm[start..at], NumberStyles.None, CultureInfo.InvariantCulture, out fields[field]))
            {
                return null;
            }
        }
        at++;
        return fields[2] == 255 && fields[0] > 0 && fields[1] > 0 && (long)fields[0] * fields[1] <= pgm.Length - at
            ? (fields[0], fields[1], at)
            : null;
    }
}
