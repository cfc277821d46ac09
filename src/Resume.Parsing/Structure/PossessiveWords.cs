using System.Text.RegularExpressions;

namespace Resume.Parsing.Structure;

/// <summary>
/// "My" before a section's name, in the languages resumes are written in ("My Skills", "Meine Stärken", "Mes
/// compétences", "Mis proyectos", "Minhas experiências", "I miei progetti", "Mijn vaardigheden"): the section is named
/// by what follows, so a heading is matched without it.
/// </summary>
internal static partial class PossessiveWords
{
    /// <summary>The name after the possessive, or null when the text does not open with one. The name takes the
    /// possessive's capital ("Mes compétences" is "Compétences"), since some names are headings only when capitalised.</summary>
    public static string? Strip(string text)
    {
        var match = Leading().Match(text);
        if (!match.Success || match.Length >= text.Length)
        {
            return null;
        }
        var rest = text[match.Length..];
        return char.IsUpper(text.First(char.IsLetter)) ? char.ToUpperInvariant(rest[0]) + rest[1..] : rest;
    }

    [GeneratedRegex(@"^\s*(?:my|meine?|mes|mon|ma|mis|mi|meus|minhas|meu|minha|i\s+miei|le\s+mie|il\s+mio|la\s+mia|mijn|moje|moja|mój)\s+(?=\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Leading();
}
