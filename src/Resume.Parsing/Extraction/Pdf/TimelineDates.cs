namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A timeline's dates set in a strip of their own between a sidebar and the main column (a designed template: contact
/// and skills at the left, then "AUG 2019" / "JUL 2019" beside each entry's title): the page's widest gutter is the one
/// between the dates and the entries, so the dates first fall on the sidebar's side. They date the entries they stand
/// beside and go with the main column, where its margin of dates is read as any other.
/// </summary>
internal static class TimelineDates
{
    /// <summary>Moves the dates from <paramref name="left"/> to <paramref name="right"/> when they make such a strip.</summary>
    public static void Move(List<Chunk> left, List<Chunk> right)
    {
        if (right.Count == 0)
        {
            return;
        }
        var dates = left.Where(c => StackedDates.IsPiece(c.Text) && !StackedDates.IsConnector(c.Text)).ToList();
        var others = left.Where(c => !dates.Contains(c)).ToList();
        if (dates.Count < 3 || others.Count < 3)
        {
            return;
        }
        // A strip of its own: every date right of all the sidebar's text, past a gap; the sidebar's own dates (a course
        // under "Education") stand inside it.
        var sidebarRight = others.Max(c => c.Right);
        var stripLeft = dates.Min(c => c.Left);
        if (stripLeft - sidebarRight < 10)
        {
            return;
        }
        // Each date beside a line of the entries (an end stacked over its start stands beside the title and the line
        // under it).
        var beside = dates.Count(d => right.Any(r => Math.Abs(r.Baseline - d.Baseline) <= Math.Max(3, 0.5 * d.Size)));
        if (beside < dates.Count * 0.7)
        {
            return;
        }
        left.RemoveAll(dates.Contains);
        right.AddRange(dates);
    }
}
