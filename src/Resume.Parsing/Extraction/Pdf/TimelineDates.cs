namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A timeline's dates set in a strip of their own between a sidebar and the main column (a designed template: contact
/// and skills at the left, then "AUG 2019" / "JUL 2019" beside each entry's title): the page's widest gutter is the one
/// between the dates and the entries, so the dates first fall on the sidebar's side. They date the entries they stand
/// beside and go with the main column, where its margin of dates is read as any other.
/// </summary>
internal static class TimelineDates
{
    /// <summary>Moves the dates from <paramref name="left"/> to <paramref name="right"/> when they make such a strip, or
    /// from <paramref name="right"/> to <paramref name="left"/> when the page is the mirror of it (the entries at the left,
    /// their dates in a strip beside them, then a sidebar at the right of the page).</summary>
    public static void Move(List<Chunk> left, List<Chunk> right)
    {
        if (!MoveStrip(left, right, stripOnLeft: false))
        {
            MoveStrip(right, left, stripOnLeft: true);
        }
    }

    /// <param name="stripOnLeft">Whether the strip stands at the left edge of <paramref name="from"/> (the sidebar is at
    /// the right of the page) rather than at its right edge.</param>
    private static bool MoveStrip(List<Chunk> from, List<Chunk> to, bool stripOnLeft)
    {
        if (to.Count == 0)
        {
            return false;
        }
        var dates = from.Where(c => StackedDates.IsPiece(c.Text) && !StackedDates.IsConnector(c.Text)).ToList();
        var others = from.Where(c => !dates.Contains(c)).ToList();
        if (dates.Count < 3 || others.Count < 3)
        {
            return false;
        }
        // A strip of its own: the dates past all the sidebar's text on the entries' side, after a gap. The sidebar's own
        // dates (a course under "Education", a date of birth beside its label) stand inside it and stay there.
        var (sidebarLeft, sidebarRight) = (others.Min(c => c.Left), others.Max(c => c.Right));
        var strip = dates.Where(c => stripOnLeft ? c.Right <= sidebarLeft - 10 : c.Left >= sidebarRight + 10).ToList();
        if (strip.Count < 3 || strip.Count < dates.Count - strip.Count)
        {
            return false;
        }
        dates = strip;
        // At the right of the page the strip stands closer to the entries it dates than to the sidebar; a strip nearer
        // the entries at its own right is already with them, the sidebar at the left of the page another flow.
        if (stripOnLeft && strip.Min(c => c.Left) - to.Max(c => c.Right) >= sidebarLeft - strip.Max(c => c.Right))
        {
            return false;
        }
        // Each date beside a line of the entries (an end stacked over its start stands beside the title and the line
        // under it).
        var beside = dates.Count(d => to.Any(r => Math.Abs(r.Baseline - d.Baseline) <= Math.Max(3, 0.5 * d.Size)));
        if (beside < dates.Count * 0.7)
        {
            return false;
        }
        from.RemoveAll(dates.Contains);
        to.AddRange(dates);
        return true;
    }
}
