using Resume.Parsing.Layout;

namespace Resume.Parsing.Structure;

internal static partial class SectionSplitter
{
    /// <summary>
    /// A Word template's name in a coloured text box at the top of a sidebar on the right, its contact lines under it:
    /// the page is read a column at a time, so the sidebar comes after the main column, and its first lines would fall
    /// into the section the main column ended with. When the document has no header yet and a column read beside
    /// another on the first page opens, before its first heading, in type larger than every heading of that page, those
    /// lines are the document's header. Returns the last of them, or -1.
    /// </summary>
    private static int NameAtopColumn(IReadOnlyList<TextLine> lines, int start, int runEnd,
        SortedDictionary<int, (string Kind, string Heading, bool Known)> accepted)
    {
        if (runEnd < start || lines[start].Page != 1 || accepted.ContainsKey(start))
        {
            return -1;
        }
        var size = lines[start].FontSize;
        var pageOne = lines.Where(l => l.Page == 1 && l.HasGeometry).ToList();
        if (pageOne.Any(l => l.FontSize > size + 0.1)
            || accepted.Keys.Any(k => lines[k].Page == 1 && lines[k].FontSize >= size - 0.1))
        {
            return -1;
        }
        var end = start;
        while (end + 1 <= runEnd && !accepted.ContainsKey(end + 1))
        {
            end++;
        }
        return end;
    }
}
