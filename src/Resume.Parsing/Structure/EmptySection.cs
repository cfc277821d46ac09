using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

/// <summary>"Historial profesional" / "Ninguno": a student keeps the heading of a section they have nothing for and writes
/// under it a word for none. The word is no entry, item or name.</summary>
internal static class EmptySection
{
    private static readonly HashSet<string> NoneWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "none", "n/a", "na", "nil", "not applicable", "ninguno", "ninguna", "nada", "nenhum", "nenhuma", "keine", "keiner",
        "aucun", "aucune", "néant", "nessuno", "nessuna", "geen",
    };

    public static bool SaysNone(IReadOnlyList<TextLine> lines) =>
        lines.Count == 1 && NoneWords.Contains(lines[0].Text.Trim().TrimEnd('.', '!').Trim('-', '–', ' '));
}
