using UglyToad.PdfPig.Content;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A ligature glyph the font gives no letters for. "fi", "fl", "ff", "ffi" and "ffl" have code points and standard glyph
/// names, so producers map them; "ft" has neither, so a font's f_t glyph often comes out with no text at all (the word
/// loses it: "sofware", "aer") or as a private-use character (read as an icon, it splits the word: "so ware"). Such a
/// glyph sits flush against the letters of its word, in the word's font, and is about as wide as an f and a t together;
/// an icon or a symbol stands apart, behind a space, and is wider. When the page shows the font's own f and t, their
/// widths decide between "ft" and "fft".
/// </summary>
internal static class LostLigature
{
    /// <summary>The letters the glyph at <paramref name="index"/> stands for, or null when it is no lost ligature.</summary>
    public static string? Letters(IReadOnlyList<Letter> letters, int index)
    {
        var glyph = letters[index];
        var size = SizeOf(glyph);
        if (size <= 0.5 || ChunkBuilder.IsIconFont(glyph.FontName ?? ""))
        {
            return null;
        }
        var width = Advance(glyph) / size;
        if (width is < 0.3 or > 1.0)
        {
            return null;
        }
        var before = index > 0 && Flush(letters[index - 1], glyph, size);
        var after = index + 1 < letters.Count && Flush(glyph, letters[index + 1], size);
        if (!before && !after)
        {
            return null;
        }
        var (f, t) = (WidthOf(letters, glyph.FontName, 'f', size), WidthOf(letters, glyph.FontName, 't', size));
        if (f is null || t is null)
        {
            return "ft";
        }
        var single = Math.Abs(width - (f.Value + t.Value));
        var doubled = Math.Abs(width - (2 * f.Value + t.Value));
        var best = Math.Min(single, doubled);
        if (best > 0.25 * width)
        {
            return null; // far from an f and a t: some other unmapped glyph
        }
        return doubled < single ? "fft" : "ft";
    }

    /// <summary>Whether <paramref name="right"/> starts where <paramref name="left"/> ends, on its baseline and in its
    /// font, with a letter on the other side: glyphs of one word.</summary>
    private static bool Flush(Letter left, Letter right, double size)
    {
        if (left.FontName != right.FontName || Math.Abs(left.StartBaseLine.Y - right.StartBaseLine.Y) > 0.1 * size)
        {
            return false;
        }
        var other = Letter(left.Value) ? left : Letter(right.Value) ? right : null;
        if (other is null)
        {
            return false;
        }
        var gap = Math.Min(right.StartBaseLine.X, right.EndBaseLine.X) - Math.Max(left.StartBaseLine.X, left.EndBaseLine.X);
        return Math.Abs(gap) < 0.08 * size;
    }

    private static bool Letter(string? value) => value is { Length: 1 } && char.IsLetter(value[0]);

    /// <summary>The advance of <paramref name="c"/> in this font at this size, in ems, from the first one the page draws.</summary>
    private static double? WidthOf(IReadOnlyList<Letter> letters, string? font, char c, double size)
    {
        foreach (var letter in letters)
        {
            if (letter.FontName == font && letter.Value is { Length: 1 } v && v[0] == c && Math.Abs(SizeOf(letter) - size) < 0.01 * size)
            {
                return Advance(letter) / size;
            }
        }
        return null;
    }

    private static double Advance(Letter letter) => Math.Abs(letter.EndBaseLine.X - letter.StartBaseLine.X);

    private static double SizeOf(Letter letter) => letter.PointSize > 0 ? letter.PointSize : letter.FontSize;
}
