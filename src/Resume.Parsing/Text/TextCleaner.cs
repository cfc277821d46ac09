using System.Text;

namespace Resume.Parsing.Text;

/// <summary>Normalises extracted text: NFC, ligatures spelled out, odd spaces made plain, whitespace collapsed, controls,
/// direction overrides and terminal escapes dropped.</summary>
internal static class TextCleaner
{
    public static string Clean(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var needsWork = false;
        foreach (var c in text)
        {
            if (c > 0x7E || c < ' ')
            {
                needsWork = true;
                break;
            }
        }
        if (!needsWork && !text.Contains("  ", StringComparison.Ordinal) && text[0] != ' ' && text[^1] != ' ')
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u00AD' && IsVisibleSoftHyphen(text, i))
            {
                Append("-"); // a soft hyphen standing alone between two numbers or words is drawn as a dash
                continue;
            }
            if (c is '\u2010' or '\u2011')
            {
                Append("-"); // the typographic and the non-breaking hyphen (XeTeX's fonts set them) read as the plain one
                continue;
            }
            if (c is '\u2015')
            {
                Append("\u2014"); // the horizontal bar parts a title from its employer as the em dash it looks like does
                continue;
            }
            if (c is '\u00A8' or '\u00B4' or '\u02C6' or '\u02DC' or '\u02C7' && i + 1 < text.Length
                && (i == 0 || !char.IsDigit(text[i - 1])) && Accented(c, text[i + 1]) is { } composed)
            {
                // TeX without a font encoding for accents sets "ö" as the accent glyph "¨" before a plain "o": the page
                // shows one letter, and "J¨org" is read as the name "Jörg".
                Append(composed);
                i++;
                continue;
            }
            var expanded = Ligature(c);
            if (expanded is not null)
            {
                Append(expanded);
                continue;
            }
            if (ControlCharacters.EscapeLength(text, i) is > 0 and var escape)
            {
                i += escape - 1; // a terminal's colour or cursor code, "ESC [ 31 m"
                continue;
            }
            if (c == '\u200D' && JoinsEmoji(text, i))
            {
                builder.Append(c); // 👩‍💻 stays one picture
                continue;
            }
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' || ControlCharacters.IsBidiControl(c)
                || ControlCharacters.IsControl(c) || c == '\f')
            {
                continue; // soft hyphen, zero-width characters, direction marks and overrides, control characters
            }
            if (char.IsWhiteSpace(c) || c is '\u00A0' or '\u2007' or '\u202F')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (DrawnRuleLength(text, i) is > 0 and var rule)
            {
                // "──────" typed under a heading (Google Docs and plain-text habit) is a drawn line, not words
                i += rule - 1;
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        var result = LatinLookalikes.Fold(builder.ToString());
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);

        void Append(string s)
        {
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(s);
        }
    }

    /// <summary>The length of a run of three or more horizontal box-drawing characters starting at <paramref name="i"/>
    /// (a rule drawn with text), or 0.</summary>
    private static int DrawnRuleLength(string text, int i)
    {
        static bool Horizontal(char c) => c is '\u2500' or '\u2501' or (>= '\u2504' and <= '\u250B') or '\u2550'
            or '\u254C' or '\u254D' or '\u2574' or '\u2576' or '\u2578' or '\u257A' or '\u257C' or '\u257E';
        var end = i;
        while (end < text.Length && Horizontal(text[end]))
        {
            end++;
        }
        return end - i >= 3 ? end - i : 0;
    }

    /// <summary>A soft hyphen only ever shows where a word breaks; one with a space or a digit on both sides ("2019 ­
    /// 2021", "2019­2021") is a dash that some producers encode that way.</summary>
    private static bool IsVisibleSoftHyphen(string text, int i)
    {
        static bool Open(char c) => char.IsWhiteSpace(c) || char.IsDigit(c);
        return i > 0 && i + 1 < text.Length && Open(text[i - 1]) && Open(text[i + 1]);
    }

    /// <summary>A zero-width joiner between two pictographs (an emoji, its skin tone or presentation selector) builds one
    /// emoji of them; elsewhere it is an invisible mark some producers leave between letters.</summary>
    private static bool JoinsEmoji(string text, int i)
    {
        static bool Pictograph(string text, int at, bool before)
        {
            var c = text[at];
            return (before ? char.IsLowSurrogate(c) : char.IsHighSurrogate(c)) || c == '\uFE0F'
                || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.OtherSymbol;
        }
        return i > 0 && i + 1 < text.Length && Pictograph(text, i - 1, before: true) && Pictograph(text, i + 1, before: false);
    }

    /// <summary>The letter a spacing accent drawn before a plain letter makes ("¨" and "o" are "ö"), when it is one.</summary>
    private static string? Accented(char accent, char letter)
    {
        var (plain, marked) = accent switch
        {
            // TeX accents an "i" over its dotless form ("Ingenier´ıa"): that "ı" is the plain "i" under the accent.
            '\u00A8' => ("aeiouyAEIOUı", "äëïöüÿÄËÏÖÜï"),
            '\u00B4' => ("aeiouycnszAEIOUYCNSZı", "áéíóúýćńśźÁÉÍÓÚÝĆŃŚŹí"),
            '\u02C6' => ("aeiouAEIOUı", "âêîôûÂÊÎÔÛî"),
            '\u02DC' => ("anoANO", "ãñõÃÑÕ"),
            _ => ("cszrneCSZRNE", "čšžřňěČŠŽŘŇĚ"),
        };
        var at = plain.IndexOf(letter, StringComparison.Ordinal);
        return at < 0 ? null : marked[at].ToString();
    }

    public static string? Ligature(char c) => c switch
    {
        '\uFB00' => "ff",
        '\uFB01' => "fi",
        '\uFB02' => "fl",
        '\uFB03' => "ffi",
        '\uFB04' => "ffl",
        '\uFB05' or '\uFB06' => "st",
        _ => null,
    };
}
