using System.Collections.Frozen;
using Resume.Model;

namespace Resume.Parsing.Fields;

/// <summary>
/// "CAD: Creo, Inventor, Solidworks und ANSYS" over "Bildverarbeitung: CorelDRAW und GIMP": a writer who lists skills as a
/// sentence does joins the last two items of every group by the word for "and" of the language, which is part of neither
/// item. One group ending so proves no habit ("Data Mining and Reporting" is one skill), two or more do; and only names
/// are parted, each word of them set as a name is (not in lower case): "Adaptabilité et autonomie", "on-premise and cloud
/// connectivity" are one skill said as a phrase.
/// </summary>
internal static class ListConjunctions
{
    /// <summary>"and" in the languages resumes are written in, as a sentence writes it: in lower case.</summary>
    private static readonly FrozenSet<string> AndWords = new[]
    {
        "and", "und", "et", "e", "y", "i", "en", "og", "och", "oraz", "ve", "és",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The longest item, in words, either side of the "and": longer ones are a phrase, not two names.</summary>
    private const int MaxItemWords = 3;

    /// <summary>The groups with the last item of each parted at its "and", where two groups or more end on two short
    /// names so joined.</summary>
    public static List<Skill> PartHabitualAnds(List<Skill> groups)
    {
        if (groups.Count(g => AndAt(g.Keywords[^1]) is not null) < 2)
        {
            return groups;
        }
        return [.. groups.Select(g => AndAt(g.Keywords[^1]) is not { } at ? g : g with
        {
            Keywords = [.. g.Keywords.Take(g.Keywords.Count - 1), .. Parted(g.Keywords[^1], at)],
        })];
    }

    /// <summary>Which word of the item is the one "and" between two short names; none where the first half is a
    /// word cut short to share the second's end ("Team- und Kommunikationsfähigkeit").</summary>
    private static int? AndAt(string item)
    {
        var words = Words(item);
        var ands = Enumerable.Range(1, Math.Max(0, words.Length - 2)).Where(i => AndWords.Contains(words[i])).ToList();
        if (ands.Count != 1 || ands[0] > MaxItemWords || words.Length - ands[0] - 1 > MaxItemWords
            || words[ands[0] - 1].EndsWith('-') || item.Contains('('))
        {
            return null;
        }
        return words.Where((w, i) => i != ands[0]).All(w => !char.IsLower(w[0])) ? ands[0] : null;
    }

    private static string[] Parted(string item, int at)
    {
        var words = Words(item);
        return [string.Join(' ', words[..at]), string.Join(' ', words[(at + 1)..])];
    }

    private static string[] Words(string item) => item.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
