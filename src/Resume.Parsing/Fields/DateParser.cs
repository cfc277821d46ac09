using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Finds dates and ranges in the many ways resumes write them: "Jan 2020", "January 2020", "Jan. 2020", "Sept 2019",
/// "Jul, 2023", "01/2020", "2020-01", "2020.01", "2023-08-01", "01/09/2018", "2019", joined by "-", "–", "—", "to", "until"; "Present",
/// "Current" and "Now" leave the end open.
/// </summary>
internal static partial class DateParser
{
    private const string Month = @"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string OneDate =
        @"(?:" + Month + @"\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\d{4}|'\d{2})"
        + @"|\d{1,2}\s+" + Month + @"\.?,?\s+\d{4}"
        + @"|(?<![\d.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?!\d)"
        + @"|(?<![\d.])\d{1,2}\s*[/.\-]\s*\d{4}(?!\d)"
        + @"|(?<!\d)\d{4}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?(?![\d])"
        + @"|(?<![\d$£€.,])(?:19|20)\d{2}(?![\d%+]))";

    private const string Present = @"(?:present|current(?:ly)?|now|today|ongoing|to\s+date|till\s+date|date)\b";

    /// <summary>Any dash between two dates: hyphen-minus, the Unicode hyphens and dashes, minus, a tilde.</summary>
    private const string Separator = @"\s*(?:-{1,2}|[\u2010-\u2015\u2212\u2E3A\u2E3B]|~|to|until|till|through|thru)\s*";

    [GeneratedRegex(@"(?<!\w)(?<start>" + OneDate + @")(?:" + Separator + @"(?:(?<end>" + OneDate + @")|(?<present>" + Present + @")))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<!\w)(?:since|from)\s+(?<start>" + OneDate + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceRegex();

    [GeneratedRegex(@"(?<!\w)(?:expected|anticipated|graduating|graduation:?)\s+(?<end>" + OneDate + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedRegex();

    [GeneratedRegex(Month, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    /// <summary>The first range in the text, or failing that the first single date.</summary>
    public static DateRange? Find(string text)
    {
        if (text.Length < 4)
        {
            return null;
        }
        var since = SinceRegex().Match(text);
        if (since.Success && Normalize(since.Groups["start"].Value) is { } sinceStart)
        {
            return new DateRange(sinceStart, null, true, since.Index, since.Length);
        }
        var expected = ExpectedRegex().Match(text);
        if (expected.Success && Normalize(expected.Groups["end"].Value) is { } expectedEnd)
        {
            return new DateRange(null, expectedEnd, false, expected.Index, expected.Length);
        }
        DateRange? single = null;
        for (var m = RangeRegex().Match(text); m.Success; m = m.NextMatch())
        {
            var start = Normalize(m.Groups["start"].Value);
            if (start is null)
            {
                continue;
            }
            if (m.Groups["present"].Success)
            {
                return new DateRange(start, null, true, m.Index, m.Length);
            }
            if (m.Groups["end"].Success && Normalize(m.Groups["end"].Value) is { } end)
            {
                return new DateRange(start, end, false, m.Index, m.Length);
            }
            single ??= new DateRange(start, null, false, m.Index, m.Groups["start"].Length);
        }
        return single ?? ShortYearRange(text);
    }

    /// <summary>"09-18 - Now", "03/17 – 08/18": month and two-digit year at both ends of a range (or a present word
    /// closing it). A lone "03-17" stays unread: only the range says it is a date and not a day or a score.</summary>
    private static DateRange? ShortYearRange(string text)
    {
        if (!HasShortPair(text))
        {
            return null;
        }
        var m = ShortYearRangeRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }
        static string At(Group month, Group year)
        {
            var yy = int.Parse(year.Value, System.Globalization.CultureInfo.InvariantCulture);
            return $"{(yy < 50 ? 2000 + yy : 1900 + yy)}-{int.Parse(month.Value, System.Globalization.CultureInfo.InvariantCulture):00}";
        }
        var start = At(m.Groups["sm"], m.Groups["sy"]);
        if (m.Groups["present"].Success)
        {
            return new DateRange(start, null, true, m.Index, m.Length);
        }
        var end = At(m.Groups["em"], m.Groups["ey"]);
        return string.CompareOrdinal(start, end) <= 0 ? new DateRange(start, end, false, m.Index, m.Length) : null;
    }

    /// <summary>A digit, a dash, slash or dot, then exactly two digits: the cheap sign of "09-18" before any regex.</summary>
    private static bool HasShortPair(string text)
    {
        for (var i = 1; i + 2 < text.Length; i++)
        {
            if (text[i] is '-' or '/' or '.' && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]) && char.IsAsciiDigit(text[i + 2])
                && (i + 3 == text.Length || !char.IsAsciiDigit(text[i + 3])))
            {
                return true;
            }
        }
        return false;
    }

    [GeneratedRegex(@"(?<![\w/.\-])(?<sm>0?[1-9]|1[0-2])(?<sep>[/.\-])(?<sy>\d{2})" + Separator
        + @"(?:(?<em>0?[1-9]|1[0-2])\k<sep>(?<ey>\d{2})(?![\w/.\-])|(?<present>" + Present + @"))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ShortYearRangeRegex();

    /// <summary>Whether the whole text is a date or range and nothing else (allowing brackets and separators).</summary>
    public static bool IsOnlyDate(string text, DateRange range)
    {
        var before = text[..range.Index];
        var after = text[(range.Index + range.Length)..];
        return (IsFiller(before) || IsDateLabel(before)) && IsFiller(after);
    }

    /// <summary>"From:", "Dates:", "Period:": a label people type before an entry's dates says nothing of its own.</summary>
    public static bool IsDateLabel(string text)
    {
        var t = text.AsSpan().Trim().TrimStart("|·•—–-, ").TrimEnd(" ");
        if (t.Length < 3 || t[^1] != ':')
        {
            return false;
        }
        t = t[..^1].TrimEnd();
        foreach (var label in (ReadOnlySpan<string>)["from", "dates", "date", "period", "duration", "when", "employed", "tenure", "years"])
        {
            if (t.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsFiller(string s)
    {
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>One date as <c>YYYY-MM</c> or <c>YYYY</c>; null when it is not a plausible date.</summary>
    public static string? Normalize(string value)
    {
        var month = 0;
        var monthMatch = MonthRegex().Match(value);
        if (monthMatch.Success)
        {
            month = MonthNumber(monthMatch.Value);
        }
        var numbers = Numbers().Matches(value);
        int year = 0;
        foreach (Match n in numbers)
        {
            if (n.Length == 4)
            {
                year = int.Parse(n.Value, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        if (year == 0)
        {
            var apostrophe = value.IndexOf('\'');
            if (apostrophe >= 0 && apostrophe + 3 <= value.Length && int.TryParse(value.AsSpan(apostrophe + 1, 2), out var yy))
            {
                year = yy < 50 ? 2000 + yy : 1900 + yy;
            }
        }
        if (year is < 1950 or > 2099)
        {
            return null;
        }
        if (month == 0)
        {
            // Numeric forms: MM/YYYY, YYYY-MM, YYYY-MM-DD.
            var parts = numbers.Select(n => n.Value).ToList();
            var yearIndex = parts.FindIndex(p => p.Length == 4);
            if (parts.Count >= 2)
            {
                var candidate = yearIndex == 0 ? parts[1] : parts[yearIndex - 1];
                // A whole day's date before the year ("01/09/2018", "31.05.2021", "06/01/2022"): day first, unless the
                // first number cannot be a day of the month's place or the second is the "01" of a month's start.
                if (yearIndex == 2 && int.TryParse(parts[0], out var first) && int.TryParse(parts[1], out var second)
                    && first is >= 1 and <= 12 && (second > 12 || second == 1 && first != 1))
                {
                    candidate = parts[0];
                }
                if (int.TryParse(candidate, out var mm))
                {
                    if (mm is < 1 or > 12)
                    {
                        return null;
                    }
                    month = mm;
                }
            }
        }
        return month > 0 ? $"{year:D4}-{month:D2}" : $"{year:D4}";
    }

    private static int MonthNumber(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    /// <summary>The text with the date span taken out and the separators it leaves behind tidied.</summary>
    public static string Remove(string text, DateRange range)
    {
        var before = text[..range.Index].TrimEnd();
        var after = text[(range.Index + range.Length)..].TrimStart();
        before = IsDateLabel(before) ? "" : before.TrimEnd('|', '·', '•', '—', '–', '-', ',', '(', '[', ':', ' ');
        after = after.TrimStart(')', ']', '|', '·', '•', '—', '–', '-', ',', ':', ' ');
        after = Duration().Replace(after, "").Trim();
        if (before.Length == 0)
        {
            return after;
        }
        return after.Length == 0 ? before : before + " | " + after;
    }

    [GeneratedRegex(@"^(?:\(?\s*\d+\s+(?:years?|yrs?|months?|mos?)(?:\s*,?\s*\d+\s+(?:months?|mos?))?\s*\)?)", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();
}
