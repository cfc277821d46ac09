using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// The document's title set on the name's own line ("Lebenslauf Lukas Meier", "Curriculum Vitae – Ana Souza", "CV de
/// Marie Dupont", "Lebenslauf von Jan Kowalski"): what the document is, then whose. The name is what follows the title.
/// </summary>
internal static partial class TitledName
{
    /// <summary>The text after a leading document title, or the text itself when it opens with none.</summary>
    public static string Strip(string text)
    {
        var match = LeadingTitle().Match(text);
        return match.Success && match.Length < text.Length ? text[match.Length..] : text;
    }

    // The title, read whole ("Curriculum Vitae" is never "Curriculum" before a name "Vitae"), then a separator or the
    // word for "of" in the languages that write one ("von", "de", "di", "of"), and a capital letter to open the name:
    // "Lebenslauf-Entwurf" or "CV writing" is no name line. A short title ("CV", "Résumé") parts from the name by a
    // separator or "of" only: run on with a space it heads other things too ("CV Page", "Resume Builder").
    [GeneratedRegex(@"^\s*(?:(?>(?i:curriculum\s+vitae|curr[íi]cul(?:o|um)(?:\s+vitae)?|lebenslauf|hoja\s+de\s+vida|życiorys))\b\s+(?!(?:von|de|di|del|do|da|du|of|van)\s)"
        + @"|(?>(?i:curriculum\s+vitae|curr[íi]cul(?:o|um)(?:\s+vitae)?|lebenslauf|r[ée]sum[ée]|cv|hoja\s+de\s+vida|życiorys))\b"
        + @"(?:\s*[:|]\s*|\s+[–—-]\s+|\s+(?:von|de|di|del|do|da|du|of|van)\s+))(?=\p{Lu})")]
    private static partial Regex LeadingTitle();
}
