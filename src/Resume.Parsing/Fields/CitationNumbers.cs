using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// The numbers a reference list prints that a phone's pattern also fits: the tail of a DOI or ISBN after its own stop or
/// hyphen ("10.1080/00031305.2017.1375986", "s00125‑020‑05113‑8") and a page range after its label ("pp. 1363–1373",
/// "S. 1005–1022"). An academic's publications are full of them; a phone is never written so.
/// </summary>
internal static partial class CitationNumbers
{
    /// <summary>The number found at <paramref name="index"/> of <paramref name="text"/> is part of a citation.</summary>
    public static bool Holds(string text, int index) => TailOfLongerNumber(text, index) || PagesLabel().IsMatch(text[..index]);

    /// <summary>A digit, then a stop or a hyphen, then the number: the number goes on a longer run of digits, one
    /// identifier cut at its inner punctuation, not a phone standing on its own.</summary>
    private static bool TailOfLongerNumber(string text, int index) =>
        index >= 2 && Separators.Contains(text[index - 1]) && char.IsAsciiDigit(text[index - 2]);

    private const string Separators = ".-\u2010\u2011\u2012\u2013";

    /// <summary>"pp. ", "p. ", "pages ", "S. ", "Seiten ", "págs. ", "pag. " just before the number: the pages of an
    /// article or chapter, in the languages reference lists are written in.</summary>
    [GeneratedRegex(@"(?:\b(?i:pp|pages?|seiten|p[aá]gs?|pag)|\bS|(?<![\p{L}.])p)\.?\s*$")]
    private static partial Regex PagesLabel();
}
