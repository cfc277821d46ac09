using System.Globalization;

namespace Resume.Scoring.Text;

/// <summary>
/// A résumé date: <c>YYYY-MM(-DD)</c> or just <c>YYYY</c>. A year alone counts as mid-year, so "2019–2021" next to
/// "2021–present" neither overlaps nor leaves a gap; comparisons widen their tolerance when a year stands alone.
/// </summary>
internal readonly record struct PartialDate(int Year, int? Month)
{
    public bool HasMonth => Month.HasValue;

    /// <summary>Months since year 0, for arithmetic.</summary>
    public int Index => Year * 12 + (Month ?? 7) - 1;

    public static PartialDate Of(DateOnly date) => new(date.Year, date.Month);

    /// <summary>Null for an empty value or one that is not a date.</summary>
    public static PartialDate? Parse(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return null;
        }
        if (year is < 1900 or > 2200)
        {
            return null;
        }
        if (text.Length == 4)
        {
            return new PartialDate(year, null);
        }
        if (text.Length >= 7 && text[4] is '-' or '/' && int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && month is >= 1 and <= 12 && (text.Length == 7 || text[7] is '-' or '/'))
        {
            return new PartialDate(year, month);
        }
        return null;
    }

    public override string ToString() =>
        Month is { } month ? $"{Year:D4}-{month:D2}" : Year.ToString("D4", CultureInfo.InvariantCulture);
}
