namespace Resume.Parsing.Text;

/// <summary>
/// Latin words typed with a Greek or Cyrillic capital that looks the same ("COMPETENΤE" with a Greek Tau,
/// "ΙNΤELEGERE" with a Greek Iota: the Romanian Europass template ships so, and keyboards that switch layouts do it
/// too). The page shows a Latin word, so it is read as one: a lookalike is given its Latin letter when the word's
/// Latin letters outnumber it and the word holds no other Greek or Cyrillic letter (a real Greek or Russian word is
/// left as it is, even with a stray Latin letter in it).
/// </summary>
internal static class LatinLookalikes
{
    // Greek and Cyrillic letters whose glyph is a Latin letter's, and that Latin letter.
    private const string Lookalikes = "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧοАВЕКМНОРСТХаеорсухІіЈјЅѕ";
    private const string Latin = "ABEZHIKMNOPTYXoABEKMHOPCTXaeopcyxIiJjSs";

    public static string Fold(string text)
    {
        if (!HasForeignLetter(text))
        {
            return text; // nearly every line: no Greek or Cyrillic at all
        }
        char[]? result = null;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            var latin = 0;
            var lookalike = 0;
            var foreign = false;
            for (; i < text.Length && char.IsLetter(text[i]); i++)
            {
                var c = text[i];
                if (char.IsAsciiLetter(c))
                {
                    latin++;
                }
                else if (Lookalikes.Contains(c))
                {
                    lookalike++;
                }
                else if (IsGreekOrCyrillic(c))
                {
                    foreign = true;
                }
            }
            if (lookalike > 0 && !foreign && latin > lookalike)
            {
                result ??= text.ToCharArray();
                for (var k = start; k < i; k++)
                {
                    var at = Lookalikes.IndexOf(text[k]);
                    if (at >= 0)
                    {
                        result[k] = Latin[at];
                    }
                }
            }
        }
        return result is null ? text : new string(result);
    }

    private static bool HasForeignLetter(string text)
    {
        foreach (var c in text)
        {
            if (IsGreekOrCyrillic(c))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsGreekOrCyrillic(char c) => c is >= '\u0370' and <= '\u052F';
}
