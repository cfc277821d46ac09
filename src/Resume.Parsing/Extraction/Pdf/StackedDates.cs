using Resume.Parsing.Fields;

namespace Resume.Parsing.Extraction.Pdf;

/// <summary>
/// A date range set in a margin as a stack of its two ends, each beside another line of the one entry: the end over
/// the start ("present" over "2017", a timeline's order) or the start over the end with a bar between ("Sept 2018" /
/// "|" / "June 2021"). Read one by one, each end would date a line of its own.
/// </summary>
internal static partial class StackedDates
{
    /// <summary>A bar or dash set alone between the two ends: it joins them and says nothing itself.</summary>
    public static bool IsConnector(string text) => text.AsSpan().Trim() is "|" or "–" or "—" or "-" or "│";

    /// <summary>One end: a single date (not a range) or a word for the present.</summary>
    public static bool IsEnd(string text) =>
        IsPresent(text) || DateParser.Find(text) is { IsRange: false, Start: not null } date && DateParser.IsOnlyDate(text, date);

    /// <summary>What a column of dates holds: dates and ranges, a month alone over its year, the bars between.</summary>
    public static bool IsPiece(string text) =>
        IsConnector(text) || IsPresent(text) || text.Length <= 12 && DateParser.EndsWithMonth(text.Trim())
        || DateParser.Find(text) is { } date && DateParser.IsOnlyDate(text, date);

    /// <summary>The two ends as one range, earlier first; null when they do not make one.</summary>
    public static string? Join(string top, string bottom)
    {
        if (IsPresent(top) || IsPresent(bottom))
        {
            return IsPresent(top) == IsPresent(bottom) ? null : IsPresent(top) ? $"{bottom} – {top}" : $"{top} – {bottom}";
        }
        if (DateParser.Find(top)?.Start is not { } a || DateParser.Find(bottom)?.Start is not { } b)
        {
            return null;
        }
        // Years first: "2017" and "2017-05" compare by year, then month.
        return string.CompareOrdinal(a, b) <= 0 ? $"{top} – {bottom}" : $"{bottom} – {top}";
    }

    /// <summary>A word for the present alone, in any language the dates are read in ("Present", "heute", "Maintenant").</summary>
    public static bool IsPresent(string text) => PresentWord().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*" + DateWords.Present + @"\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PresentWord();
}
