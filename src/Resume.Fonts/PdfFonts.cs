using System.Collections.Concurrent;
using System.Reflection;
using PdfSharp.Fonts;

namespace Resume.Fonts;

/// <summary>
/// Makes PDFsharp draw with the fonts embedded in this assembly. PDFsharp's resolver is process-wide and can be set once,
/// so every PDF the product or its tests draw goes through <see cref="Register"/>.
/// </summary>
public static class PdfFonts
{
    public const string Sans = "Liberation Sans";
    public const string Serif = "Liberation Serif";
    /// <summary>Chinese, Japanese and Korean glyphs; regular only (bold is simulated).</summary>
    public const string Cjk = "Droid Sans Fallback";

    private static readonly Lock Gate = new();

    public static void Register()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    /// <summary>
    /// Splits text into runs each drawn with one family: Liberation for the scripts it covers, the CJK face for the rest,
    /// so no character becomes an empty box.
    /// </summary>
    public static IEnumerable<(string Text, string Family)> Runs(string text, string family = Sans)
    {
        if (string.IsNullOrEmpty(text))
        {
            yield break;
        }
        var start = 0;
        var current = FamilyFor(text, 0, family);
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var wanted = FamilyFor(text, i, family);
            if (wanted != current)
            {
                yield return (text[start..i], current);
                (start, current) = (i, wanted);
            }
        }
        yield return (text[start..], current);
    }

    /// <summary>Whether the Liberation faces have a glyph for this code point.</summary>
    public static bool LatinFacesCover(int codePoint) => codePoint switch
    {
        < 0x0250 => true,                      // Latin, Latin-1, Latin Extended-A and -B
        >= 0x0250 and < 0x0530 => true,        // IPA, spacing modifiers, combining marks, Greek, Cyrillic
        >= 0x1E00 and < 0x2000 => true,        // Latin Extended Additional, Greek Extended
        >= 0x2000 and < 0x2190 => true,        // punctuation, super/subscripts, currency, letterlike, number forms
        >= 0x2190 and < 0x2200 => true,        // arrows
        >= 0x25A0 and < 0x2600 => true,        // geometric shapes (bullets)
        >= 0xFB00 and < 0xFB07 => true,        // Latin ligatures
        _ => false,
    };

    private static string FamilyFor(string text, int index, string family) =>
        char.IsWhiteSpace(text[index]) || LatinFacesCover(char.ConvertToUtf32(text, index) is var cp ? cp : 0) ? family : Cjk;

    private sealed class EmbeddedFontResolver : IFontResolver
    {
        private static readonly ConcurrentDictionary<string, byte[]> Cache = new();

        public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
        {
            var family = familyName.Trim().ToLowerInvariant() switch
            {
                "liberation serif" or "times new roman" or "times" or "serif" or "georgia" or "cambria" => "LiberationSerif",
                "droid sans fallback" or "cjk" => "DroidSansFallback",
                _ => "LiberationSans",
            };
            if (family == "DroidSansFallback")
            {
                return new FontResolverInfo(family, mustSimulateBold: bold, mustSimulateItalic: italic);
            }
            var style = (bold, italic) switch
            {
                (true, true) => "BoldItalic",
                (true, false) => "Bold",
                (false, true) => "Italic",
                _ => "Regular",
            };
            return new FontResolverInfo($"{family}-{style}");
        }

        public byte[]? GetFont(string faceName) => Cache.GetOrAdd(faceName, static name =>
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Resume.Fonts.{name}.ttf")
                ?? throw new InvalidOperationException($"The font {name} is not embedded.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }
}
