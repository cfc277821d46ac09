using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>"2017 - Agosto", "2018 – Junio", "2020 – March": a range whose end names only a month. The year is written
/// once, at the start, and the month closes a span within it, as a mirror of "March – May 2020"; without this reading the
/// month word is left behind as if it were the employer or the school.</summary>
internal static partial class DateParser
{
    private static DateRange? YearThenMonth(string text, Group first, string start)
    {
        if (start.Length != 4)
        {
            return null;
        }
        var at = first.Index + first.Length;
        var m = YearThenMonthRegex().Match(text, at);
        if (!m.Success || m.Index != at || DateWords.IsAmbiguous(m.Groups["month"].Value))
        {
            return null;
        }
        var month = MonthNumber(MonthRegex().Match(m.Groups["month"].Value));
        return month == 0 ? null : new DateRange(start, $"{start}-{month:D2}", false, first.Index, m.Index + m.Length - first.Index);
    }

    // The month ends the text or its cell: a word after it ("2015 - May Holdings") or a year ("2019 – May 2020") is
    // some other reading.
    [GeneratedRegex(@"\G" + DateWords.Separator + @"(?<month>" + DateWords.Month + @")(?!\p{L})\.?(?=\s*(?:$|[,;|)]|\s{2}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearThenMonthRegex();
}
