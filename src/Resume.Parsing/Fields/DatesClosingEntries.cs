using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>
/// "Flight Software Intern" / "Orbital Labs" / its list / "May 2020 – August 2020", a wide space, then the next job's
/// title: a section that closes each entry with its dates on a line of their own, under the entry's list, reads at
/// first as entries whose dates open them (the first entry undated, the last one nothing but dates). The page says
/// which entry a line of dates belongs to: it stands close under the list it closes and a blank line or more above
/// the next entry's title.
/// </summary>
internal static class DatesClosingEntries
{
    /// <summary>Gives each line of dates back to the entry above it, where every entry of the section is laid out so.</summary>
    public static void GiveBack(List<Entry> entries)
    {
        if (!ClosedByDates(entries))
        {
            return;
        }
        for (var k = 1; k < entries.Count; k++)
        {
            var dates = entries[k].Header[0];
            entries[k].Header.RemoveAt(0);
            entries[k - 1].Header.Add(dates);
            entries[k - 1].Dates = DateParser.Find(dates.Text);
            entries[k].Dates = null;
        }
        entries.RemoveAt(entries.Count - 1);
    }

    /// <summary>An undated first entry with a body, a last entry of one line of dates and nothing else, and between them
    /// entries that each open with a line of dates set apart from the rest of their header.</summary>
    private static bool ClosedByDates(List<Entry> entries)
    {
        if (entries.Count < 2 || entries[0] is not { Dates: null, HasBody: true, Header.Count: > 0 } first
            || first.Header.Any(HoldsDate) || entries[^1] is not { HasBody: false, Header: [var last] } || !IsOnlyDates(last))
        {
            return false;
        }
        for (var k = 1; k < entries.Count - 1; k++)
        {
            var header = entries[k].Header;
            if (!entries[k].HasBody || header.Count < 2 || !IsOnlyDates(header[0]) || header.Skip(1).Any(HoldsDate)
                || !SetApartFromNext(header[0], header[1]))
            {
                return false;
            }
        }
        return true;
    }

    private static bool HoldsDate(TextLine line) => DateParser.Find(line.Text) is not null;

    private static bool IsOnlyDates(TextLine line) =>
        DateParser.Find(line.Text) is { } range && DateParser.IsOnlyDate(line.Text, range);

    /// <summary>More than a line's height of space between the dates and the next title (a blank line in plain text):
    /// the dates end one entry rather than open the next.</summary>
    private static bool SetApartFromNext(TextLine dates, TextLine next)
    {
        if (!dates.HasGeometry || !next.HasGeometry)
        {
            return next.GapBefore && !dates.GapBefore;
        }
        return next.Page != dates.Page || next.Top - dates.Bottom > dates.Bottom - dates.Top;
    }
}
