using System.Collections.Frozen;

namespace Resume.Parsing.Text;

/// <summary>The base letter of an accented Latin letter ("é" → "e", "ç" → "c", "ø" → "o"). A table, not Unicode
/// decomposition: the parser runs with invariant globalization, where normalisation leaves text as it is.</summary>
internal static class Accents
{
    private static readonly FrozenDictionary<char, char> Base = Build(
        ('a', "àáâãäåāăą"), ('c', "çćĉċč"), ('d', "ďđ"), ('e', "èéêëēĕėęě"), ('g', "ĝğġģ"), ('h', "ĥħ"),
        ('i', "ìíîïĩīĭįıİ"), ('j', "ĵ"), ('k', "ķ"), ('l', "ĺļľŀł"), ('n', "ñńņňŉ"), ('o', "òóôõöøōŏő"), ('r', "ŕŗř"),
        ('s', "śŝşšș"), ('t', "ţťŧț"), ('u', "ùúûüũūŭůűų"), ('w', "ŵ"), ('y', "ýÿŷ"), ('z', "źżž"),
        // Romanian writes "ș" and "ț" with a comma below; older fonts and templates set the cedilla "ş" and "ţ" instead.
        // Greek drops its tonos in capitals ("ΕΚΠΑΙΔΕΥΣΗ" beside "Εκπαίδευση"), and writes a word's last sigma apart.
        ('α', "ά"), ('ε', "έ"), ('η', "ή"), ('ι', "ίϊΐ"), ('ο', "ό"), ('υ', "ύϋΰ"), ('ω', "ώ"), ('σ', "ς"));

    /// <summary>The letter in lower case without its accent; other characters in lower case.</summary>
    public static char FoldLower(char c)
    {
        if (char.IsAscii(c))
        {
            return char.ToLowerInvariant(c); // nearly every letter of a resume: no table lookup
        }
        var lower = char.ToLowerInvariant(c);
        return Base.TryGetValue(lower, out var plain) ? plain : lower;
    }

    /// <summary>The text in lower case with its letters' accents dropped.</summary>
    public static string FoldLower(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldLower(source[i]);
        }
    });

    private static FrozenDictionary<char, char> Build(params (char Plain, string Accented)[] letters)
    {
        var map = new Dictionary<char, char>();
        foreach (var (plain, accented) in letters)
        {
            foreach (var c in accented)
            {
                map[c] = plain;
            }
        }
        return map.ToFrozenDictionary();
    }
}
