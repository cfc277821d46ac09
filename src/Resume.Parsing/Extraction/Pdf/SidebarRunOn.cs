using Resume.Parsing.Layout;
using Resume.Parsing.Structure;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A sidebar is its own flow across pages: where a page's sidebar opens with text under no heading of its own (the
/// last list of the page before, carried over), that text belongs after the sidebar of the page before, in the section
/// the sidebar had open, not in whatever section the main column was in when the page turned.
/// </summary>
internal static class SidebarRunOn
{
    public static void Apply(List<TextLine> lines)
    {
        var pages = lines.Count > 0 ? lines.Max(l => l.Page) : 0;
        for (var page = 2; page <= pages; page++)
        {
            var sidebar = lines.FindIndex(l => l.Page == page && l.InSidebar);
            if (sidebar < 0)
            {
                continue;
            }
            var column = lines[sidebar].Column;
            var before = lines.FindLastIndex(l => l.Page == page - 1 && l.InSidebar && l.Column == column);
            if (before < 0 || before > sidebar)
            {
                continue;
            }
            var size = lines[sidebar].FontSize;
            var end = sidebar;
            while (end < lines.Count && lines[end].Page == page && lines[end].InSidebar && lines[end].Column == column
                && lines[end].FontSize <= size + 0.5 && HeadingLexicon.Match(lines[end].Text) is not { Exact: true })
            {
                end++;
            }
            if (end == sidebar)
            {
                continue;
            }
            var runOn = lines.GetRange(sidebar, end - sidebar);
            lines.RemoveRange(sidebar, end - sidebar);
            lines.InsertRange(before + 1, runOn);
        }
    }
}
