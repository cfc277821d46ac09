namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A font without accented letters (TeX's OT1 fonts, which pdfLaTeX uses unless told to use T1) draws "á" as two glyphs:
/// the spacing accent "´" and the letter, the accent shifted back over the letter with a kern. Read as two characters
/// they part the word ("Mau´ a", "S˜ ao", "C¸ ˜ OES"). An accent glyph drawn over the letter drawn just before or just
/// after it is that letter's mark: the two become one letter (the letter Unicode composes of the two). An
/// accent set beside a letter, as text sets "~" or "^", overlaps nothing and stays as it is.
/// </summary>
internal static class SpacingAccents
{
    /// <summary>The spacing accent glyphs and the combining marks they stand for.</summary>
    private static char? Mark(string text) => text.Length != 1 ? null : text[0] switch
    {
        '\u00B4' or '\u02CA' => '\u0301', // acute
        '`' or '\u02CB' => '\u0300', // grave
        '\u00A8' => '\u0308', // dieresis
        '~' or '\u02DC' => '\u0303', // tilde
        '^' or '\u02C6' => '\u0302', // circumflex
        '\u02C7' => '\u030C', // caron
        '\u02D8' => '\u0306', // breve
        '\u02D9' => '\u0307', // dot above
        '\u00B8' => '\u0327', // cedilla
        '\u02DA' => '\u030A', // ring above
        '\u02DD' => '\u030B', // double acute
        '\u00AF' or '\u02C9' => '\u0304', // macron
        '\u02DB' => '\u0328', // ogonek
        _ => null,
    };

    /// <summary>Composes accent glyphs with the letters they are drawn over; the list is in drawing order and stays so.</summary>
    public static List<Glyph> Compose(List<Glyph> glyphs)
    {
        var gone = (bool[]?)null;
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (glyphs[i].Icon || Mark(glyphs[i].Text) is not { } mark)
            {
                continue;
            }
            // TeX's \accent draws the accent, then the letter; a mark stacked on a letter (\c{C}, \ooalign) comes after it.
            var target = Neighbour(glyphs, gone, i, +1) is var next && next >= 0 && Over(glyphs[i], glyphs[next]) ? next
                : Neighbour(glyphs, gone, i, -1) is var before && before >= 0 && Over(glyphs[i], glyphs[before]) ? before
                : -1;
            if (target < 0)
            {
                continue;
            }
            gone ??= new bool[glyphs.Count];
            gone[i] = true;
            var letter = glyphs[target];
            glyphs[target] = letter with { Text = WithMark(letter.Text, mark) };
        }
        if (gone is null)
        {
            return glyphs;
        }
        var kept = new List<Glyph>(glyphs.Count);
        for (var i = 0; i < glyphs.Count; i++)
        {
            if (!gone[i])
            {
                // Runs are told apart by consecutive drawing order, so the order closes over the mark taken out.
                kept.Add(glyphs[i] with { Order = kept.Count });
            }
        }
        return kept;
    }

    /// <summary>The nearest glyph drawn before or after, skipping spaces and marks already taken.</summary>
    private static int Neighbour(List<Glyph> glyphs, bool[]? gone, int from, int step)
    {
        for (var j = from + step; j >= 0 && j < glyphs.Count && Math.Abs(j - from) <= 2; j += step)
        {
            if (gone is not null && gone[j] || glyphs[j].Space)
            {
                continue;
            }
            return j;
        }
        return -1;
    }

    /// <summary>The accent covers the letter: most of the narrower of the two overlaps, near the letter's baseline (raised
    /// over a capital, or on it for a cedilla), at about the letter's size.</summary>
    private static bool Over(Glyph accent, Glyph letter)
    {
        if (letter.Icon || letter.Space || letter.Text.Length != 1 || !char.IsLetter(letter.Text[0])
            || Mark(letter.Text) is not null)
        {
            return false;
        }
        var size = letter.Size;
        if (Math.Abs(accent.Size - size) > 0.3 * size)
        {
            return false;
        }
        var rise = letter.Baseline - accent.Baseline;
        if (rise < -0.3 * size || rise > 0.8 * size)
        {
            return false;
        }
        var overlap = Math.Min(accent.Right, letter.Right) - Math.Max(accent.Left, letter.Left);
        var narrower = Math.Min(accent.Right - accent.Left, letter.Right - letter.Left);
        return narrower > 0 && overlap >= 0.5 * narrower;
    }

    /// <summary>The letter with the mark: one letter where Unicode has it (Unicode's canonical composition, listed here since
    /// the parser runs without ICU, where string normalisation does nothing), else the letter and the combining mark. A
    /// dotless i or j takes its dot back under a mark above it (TeX sets "í" as "\'\i").</summary>
    private static string WithMark(string letter, char mark)
    {
        var below = mark is '\u0327' or '\u0328';
        var baseLetter = !below && letter == "\u0131" ? "i" : !below && letter == "\u0237" ? "j" : letter;
        if (baseLetter.Length == 1 && Composed.TryGetValue(mark, out var table) && table.Bases.IndexOf(baseLetter[0]) is var at && at >= 0)
        {
            return table.Letters[at].ToString();
        }
        return baseLetter + mark;
    }

    private static readonly Dictionary<char, (string Bases, string Letters)> Composed = new()
    {
        ['\u0301'] = ("acegiklmnoprsuwyzACEGIKLMNOPRSUWYZ", "áćéǵíḱĺḿńóṕŕśúẃýźÁĆÉǴÍḰĹḾŃÓṔŔŚÚẂÝŹ"),
        ['\u0300'] = ("aeinouwyAEINOUWY", "àèìǹòùẁỳÀÈÌǸÒÙẀỲ"),
        ['\u0302'] = ("aceghijosuwyzACEGHIJOSUWYZ", "âĉêĝĥîĵôŝûŵŷẑÂĈÊĜĤÎĴÔŜÛŴŶẐ"),
        ['\u0303'] = ("aeinouvyAEINOUVY", "ãẽĩñõũṽỹÃẼĨÑÕŨṼỸ"),
        ['\u0308'] = ("aehiotuwxyAEHIOUWXY", "äëḧïöẗüẅẍÿÄËḦÏÖÜẄẌŸ"),
        ['\u030C'] = ("acdeghijklnorstuzACDEGHIKLNORSTUZ", "ǎčďěǧȟǐǰǩľňǒřšťǔžǍČĎĚǦȞǏǨĽŇǑŘŠŤǓŽ"),
        ['\u0306'] = ("aegiouAEGIOU", "ăĕğĭŏŭĂĔĞĬŎŬ"),
        ['\u0307'] = ("abcdefghmnoprstwxyzABCDEFGHIMNOPRSTWXYZ", "ȧḃċḋėḟġḣṁṅȯṗṙṡṫẇẋẏżȦḂĊḊĖḞĠḢİṀṄȮṖṘṠṪẆẊẎŻ"),
        ['\u0327'] = ("cdeghklnrstCDEGHKLNRST", "çḑȩģḩķļņŗşţÇḐȨĢḨĶĻŅŖŞŢ"),
        ['\u030A'] = ("auwyAU", "åůẘẙÅŮ"),
        ['\u030B'] = ("ouOU", "őűŐŰ"),
        ['\u0304'] = ("aegiouyAEGIOUY", "āēḡīōūȳĀĒḠĪŌŪȲ"),
        ['\u0328'] = ("aeiouAEIOU", "ąęįǫųĄĘĮǪŲ"),
    };
}
