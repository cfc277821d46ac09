using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.Api.Subscribers.Digest;

/// <summary>An ISO 8601 week (<c>2026-W48</c>): the digest's issue, and the unit a subscriber gets at most one mail for.</summary>
public readonly partial record struct IssueWeek
{
    // A Monday: weeks are counted from here, so every week has its own number to rotate the tips by.
    private static readonly DateTime Epoch = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private IssueWeek(int year, int week)
    {
        Year = year;
        Week = week;
    }

    public int Year { get; }
    public int Week { get; }

    /// <summary>Weeks since the first week of 2001: consecutive weeks, consecutive numbers, across years.</summary>
    public int Number => (int)((Monday - Epoch).TotalDays / 7);

    public DateTime Monday => ISOWeek.ToDateTime(Year, Week, DayOfWeek.Monday);

    public static IssueWeek Of(DateTimeOffset moment)
    {
        var day = moment.UtcDateTime;
        return new IssueWeek(ISOWeek.GetYear(day), ISOWeek.GetWeekOfYear(day));
    }

    /// <summary>Reads <c>YYYY-Www</c>; a week the year does not have (<c>2026-W54</c>) is refused.</summary>
    public static bool TryParse(string? text, out IssueWeek week)
    {
        week = default;
        var match = text is null ? null : Pattern().Match(text);
        if (match is not { Success: true })
        {
            return false;
        }
        var year = int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
        var number = int.Parse(match.Groups["week"].ValueSpan, CultureInfo.InvariantCulture);
        if (year < 2001 || year > 9998 || number < 1 || number > ISOWeek.GetWeeksInYear(year))
        {
            return false;
        }
        week = new IssueWeek(year, number);
        return true;
    }

    public IssueWeek Next() => Of(new DateTimeOffset(Monday.AddDays(7), TimeSpan.Zero));

    public override string ToString() => $"{Year:D4}-W{Week:D2}";

    [GeneratedRegex(@"^(?<year>[0-9]{4})-W(?<week>[0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
