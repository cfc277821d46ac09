using System.Globalization;
using System.Text.RegularExpressions;

namespace Resume.Rendering.Optimized;

/// <summary>Dates written one way throughout the rewrite: "Jan 2021 – Present", "2018 – 2022".</summary>
internal static partial class ResumeDates
{
    public const string Present = "Present";
    private const string RangeSeparator = " – ";
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>A JSON Resume date (<c>YYYY</c>, <c>YYYY-MM</c>, <c>YYYY-MM-DD</c>) as people write it; anything else as given.</summary>
    public static string Format(string? date)
    {
        if (string.IsNullOrWhiteSpace(date))
        {
            return "";
        }
        var match = IsoDate().Match(date.Trim());
        if (!match.Success)
        {
            return date.Trim();
        }
        var year = match.Groups["year"].Value;
        return match.Groups["month"].Success && int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month
            ? $"{Months[month - 1]} {year}"
            : year;
    }

    /// <summary>A start–end range; a start with no end is current.</summary>
    public static string Range(string? start, string? end, bool openEndedIsCurrent = true)
    {
        var (from, to) = (Format(start), Format(end));
        return (from.Length > 0, to.Length > 0) switch
        {
            (true, true) => from == to ? from : from + RangeSeparator + to,
            (true, false) => openEndedIsCurrent ? from + RangeSeparator + Present : from,
            (false, true) => to,
            _ => "",
        };
    }

    /// <summary>Sort key for reverse-chronological order: current entries first, then by end date, then by start date.</summary>
    public static (int End, int Start) SortKey(string? start, string? end)
    {
        var s = Months12(start);
        var e = string.IsNullOrWhiteSpace(end) ? (s > 0 ? int.MaxValue : 0) : Months12(end);
        return (e, s);
    }

    private static int Months12(string? date)
    {
        var match = IsoDate().Match(date?.Trim() ?? "");
        if (!match.Success)
        {
            return 0;
        }
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success ? int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture) : 12;
        return year * 12 + Math.Clamp(month, 1, 12);
    }

    [GeneratedRegex(@"^(?<year>\d{4})(?:-(?<month>\d{1,2})(?:-\d{1,2})?)?$")]
    private static partial Regex IsoDate();
}
