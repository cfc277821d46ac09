using System.Text.RegularExpressions;

namespace Resume.Parsing.Fields;

/// <summary>
/// Finds dates and ranges in the many ways resumes write them: "Jan 2020", "January 2020", "Jan. 2020", "Sept 2019",
/// "Jul, 2023", "01/2020", "03 2019" (moderncv's month number), "2020-01", "2020.01", "2023-08-01", "01/09/2018", "2019", joined by "-", "–", "—", "to", "until"; "Present",
/// "Current" and "Now" leave the end open. The month names and those words in the other European languages resumes are
/// written in ("März 2019 – heute", "janv. 2020 à aujourd'hui", "abril de 2024", "seit 03/2020") are in <see cref="DateWords"/>.
/// </summary>
internal static partial class DateParser
{
    private const string Month = DateWords.Month;

    private const string OneDate =
        @"(?:" + DateWords.WithinYear + "?(?:" + Month + "|" + DateWords.Season + @"(?=\s))\.?(?:,|\s*/(?=\s*\d)|\s*[-–](?=\s*(?:19|20)\d{2}(?!\d)))?\s*(?:de\s*)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\d{4}|" + DateWords.Apostrophe + @"\s?\d{2}(?!\d))"
        + @"|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?(?:de\s+)?" + Month + @"\.?,?\s+(?:de\s+)?\d{4}"
        + @"|(?<![\w'‘’])" + DateWords.Apostrophe + @"\d{2}(?![\w'’])"
        + @"|(?<![\d.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?!\d)"
        + @"|(?<![\d.])\d{1,2}\s*[/.\-]\s*\d{4}(?!\d)"
        // "2020年3月", "2020 年 3 月", "2020년 3월", "2021年": Chinese, Japanese and Korean write the year and the month
        // each with its own unit after it.
        + @"|(?<!\d)(?:19|20)\d{2}\s*[年년](?:\s*\d{1,2}\s*[月월](?:\s*\d{1,2}\s*[日일号])?)?"
        + @"|(?<!\d)\d{4}\s*[/.\-]\s*\d{1,2}(?:\s*[/.\-]\s*\d{1,2})?(?![\d])"
        // "03 2019 – 10 2021" (moderncv's month numbers): only where a date opens (the text's start, after a dash or a
        // mark), never among the numbers of a phone or a sentence ("Top 10 2023 picks").
        + @"|(?<=(?:^|[–—\-|‖(,;:])\s*)(?:0[1-9]|1[0-2])\s(?:19|20)\d{2}(?!\s?\d)"
        + @"|(?<![\d$£€.,])" + DateWords.WithinYear + @"?(?:19|20)\d{2}(?![\d%+]))";

    private const string Present = DateWords.Present;

    private const string Separator = DateWords.Separator;

    [GeneratedRegex(@"(?<!\w)(?<start>" + OneDate + @")(?:" + Separator + @"(?:(?<end>" + OneDate + @")|(?<present>" + Present + @")))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RangeRegex();

    [GeneratedRegex(@"(?<!\w)" + DateWords.Since + @"\s+(?<start>" + OneDate + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceRegex();

    [GeneratedRegex(@"(?<!\w)(?:expected|anticipated|graduating|graduation:?)\s+(?<end>" + OneDate + @")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ExpectedRegex();

    // Whole words only: "července" (July) must not be read as its prefix "červen" (June).
    [GeneratedRegex(@"(?<!\p{L})(?:" + DateWords.NumberedMonth + @")(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthRegex();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();

    /// <summary>Lines already read on this thread: the stages ask about the same line many times over (an entry's header
    /// is read as a header, for its place, its title and its dates), and the patterns are the costliest part of a read.
    /// A <see cref="DateRange"/> is immutable, so one answer can be handed out again.</summary>
    [ThreadStatic]
    private static Dictionary<string, DateRange?>? found;

    /// <summary>Bounds the memory the memo holds on one thread: a resume has a few hundred lines.</summary>
    private const int FoundLimit = 4096;

    /// <summary>The first range in the text, or failing that the first single date.</summary>
    public static DateRange? Find(string text)
    {
        var memo = found ??= new Dictionary<string, DateRange?>(StringComparer.Ordinal);
        if (memo.TryGetValue(text, out var known))
        {
            return known;
        }
        if (memo.Count >= FoundLimit)
        {
            memo.Clear();
        }
        var range = Read(text);
        memo[text] = range;
        return range;
    }

    private static DateRange? Read(string text)
    {
        // Every form holds a year (or a month and year in digits): a line with fewer than two digits, as most lines of a
        // resume are, need not meet the patterns, whose month names in seven languages start with almost any letter.
        if (text.Length < 4 || !HasTwoDigits(text))
        {
            return null;
        }
        var since = SinceRegex().Match(text);
        if (since.Success && text.AsSpan(since.Index).StartsWith("AB", StringComparison.Ordinal))
        {
            // "Strand Hygiene AB 2015-06": in capitals, "AB" is a Nordic company's form (aktiebolag), not German "ab".
            since = Match.Empty;
        }
        if (since.Success && Normalize(since.Groups["start"].Value) is { } sinceStart)
        {
            // "desde 2019 hasta 2021", "from 2019 to 2021": an end after the start closes what "since" left open.
            var whole = RangeRegex().Match(text, since.Groups["start"].Index);
            if (whole.Success && whole.Index == since.Groups["start"].Index && whole.Groups["end"].Success
                && Normalize(whole.Groups["end"].Value) is { } sinceEnd)
            {
                return new DateRange(sinceStart, sinceEnd, false, since.Index, whole.Index + whole.Length - since.Index);
            }
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
            var first = m.Groups["start"];
            var start = Normalize(first.Value);
            if (start is not null && m.Groups["present"].Success)
            {
                return WithFromWord(text, Listed(text, new DateRange(start, null, true, m.Index, m.Length)));
            }
            if (start is not null && m.Groups["end"].Success && Normalize(m.Groups["end"].Value) is { } end)
            {
                (start, end) = DaysInOneOrder(first.Value, m.Groups["end"].Value, start, end);
                return WithFromWord(text, Listed(text, new DateRange(start, end, false, m.Index, m.Length)));
            }
            if (ShortEnd(text, first) is { } shortEnd)
            {
                return WithFromWord(text, Listed(text, shortEnd));
            }
            if (start is null)
            {
                continue;
            }
            if (!m.Groups["end"].Success && YearThenMonth(text, first, start) is { } monthEnd)
            {
                return monthEnd;
            }
            if (SharedYear(text, first, start) is { } shared)
            {
                return WithFromWord(text, Listed(text, shared));
            }
            if (single is null && SharedYearStart(text, m) is { } sharedStart)
            {
                return sharedStart; // "3 - 4/2014": a bare month number before the dash
            }
            if (single is null && SpacedPair(text, m, start) is { } pair)
            {
                return pair;
            }
            // A two-digit year alone ("’19") is a date only as one end of a range.
            if (single is null && !DateWords.IsApostrophe(first.Value[0]))
            {
                // Alone, "Mars 2020" or "Mai 2019" may be a mission or a name before a year: only the year is sure.
                single = new DateRange(Normalize(first.Value, ambiguousMonths: false), null, false, m.Index, first.Length)
                {
                    OpenEnd = IsOpenEnd(text.AsSpan(first.Index + first.Length)),
                };
            }
        }
        return single ?? ShortYearRange(text) ?? (HasMonthPair(text) ? MonthShortYearRange(text) : null) ?? SinceShortYear(text);
    }

    /// <summary>"seit 03/23", "since 09/21", "depuis 11/19": a word for "since" says a bare month and two-digit year is a
    /// date (its start, the end left open) where alone it could be a score or a day; moderncv's German CVs write it so.</summary>
    private static DateRange? SinceShortYear(string text)
    {
        if (!HasShortPair(text) || SinceShortYearRegex().Match(text) is not { Success: true } m)
        {
            return null;
        }
        var yy = int.Parse(m.Groups["sy"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["sm"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new DateRange($"{(yy < 50 ? 2000 + yy : 1900 + yy)}-{month:00}", null, true, m.Index, m.Length);
    }

    // Only the words that mean "since" and a slash: "from 6.34% to 0.9%" is a measure, not a date.
    [GeneratedRegex(@"(?<!\w)(?:since|seit|depuis|desde|dal|sinds|vanaf)\s+(?<sm>0?[1-9]|1[0-2])/(?<sy>\d{2})(?![\w/.,%\-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SinceShortYearRegex();

    /// <summary>"2014-11 2016-01", "03/2019   06/2021": a table of dates set with tabs puts start and end side by side
    /// with no dash between. Two month dates written the same way with only space between them, the second not the
    /// earlier, are one range; bare years side by side stay a list ("2019 2021" may be two awards' years).</summary>
    private static DateRange? SpacedPair(string text, Match m, string start)
    {
        var first = m.Groups["start"];
        if (start.Length != 7 || m.Groups["end"].Success || m.Groups["present"].Success)
        {
            return null;
        }
        var at = first.Index + first.Length;
        var gap = at;
        while (gap < text.Length && char.IsWhiteSpace(text[gap]))
        {
            gap++;
        }
        if (gap == at || gap >= text.Length)
        {
            return null;
        }
        var next = RangeRegex().Match(text, gap);
        if (!next.Success || next.Index != gap || next.Groups["end"].Success || next.Groups["present"].Success
            || Normalize(next.Groups["start"].Value) is not { Length: 7 } end || string.CompareOrdinal(end, start) < 0
            || Shape(first.Value) != Shape(next.Groups["start"].Value))
        {
            return null;
        }
        return new DateRange(start, end, false, m.Index, next.Index + next.Length - m.Index);
    }

    /// <summary>How a date is written, its digits and letters aside: "2014-11" and "2016-01" agree, "Nov 2014" and
    /// "June 2015" agree, "2014-11" and "Nov 2014" do not.</summary>
    private static string Shape(string date)
    {
        var shape = new System.Text.StringBuilder(date.Length);
        foreach (var c in date.Trim())
        {
            var k = char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'a' : c;
            if (k is not ('a' or 'd') || shape.Length == 0 || shape[^1] != k)
            {
                shape.Append(k);
            }
        }
        return shape.ToString();
    }

    /// <summary>"2019 –", "(Mar 2021 – )": a start whose dash has no end after it is a range still running, not a
    /// single day or year.</summary>
    private static bool IsOpenEnd(ReadOnlySpan<char> after)
    {
        var rest = after.TrimStart();
        if (rest.Length == 0 || rest[0] is not ('-' or '\u2212' or (>= '\u2010' and <= '\u2015') or '\u2192' or '\u27F6'))
        {
            return false;
        }
        return IsFiller(rest[1..].ToString());
    }

    /// <summary>"Sept 2015 - Dec 2015, Jan 2016 - April 2016": ranges listed one after another for the one entry
    /// (terms, seasons, placements) span from the first start to the last end.</summary>
    private static DateRange Listed(string text, DateRange range)
    {
        var at = range.Index + range.Length;
        while (at < text.Length && !range.Current)
        {
            var joint = ListJoint().Match(text, at);
            if (!joint.Success)
            {
                break;
            }
            var next = RangeRegex().Match(text, joint.Index + joint.Length);
            if (!next.Success || next.Index != joint.Index + joint.Length || Normalize(next.Groups["start"].Value) is not { } start
                || string.CompareOrdinal(start, range.End ?? range.Start) < 0)
            {
                break;
            }
            if (next.Groups["present"].Success)
            {
                range = range with { End = null, Current = true };
            }
            else if (next.Groups["end"].Success && Normalize(next.Groups["end"].Value) is { } end)
            {
                range = range with { End = end };
            }
            else
            {
                break;
            }
            at = next.Index + next.Length;
            range = range with { Length = at - range.Index };
        }
        return range;
    }

    [GeneratedRegex(@"\G\s*(?:[,;&]|and)\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListJoint();

    /// <summary>
    /// An end written shorter than its start: "2019–20" (the year's last two digits), "01.08.2020 - 10.07.21" (a day's
    /// date with a two-digit year). A bare "2019-11" stays the month it looks like; "2019–20" with a dash, or any
    /// number past twelve, is a second year.
    /// </summary>
    private static DateRange? ShortEnd(string text, Group start)
    {
        var value = start.Value;
        if (value.Length < 4 || !char.IsAsciiDigit(value[0]))
        {
            return null;
        }
        var dayDate = DayDate().Match(value);
        var yearOnly = !dayDate.Success && value.Length >= 4 && IsYear(value.AsSpan(0, 4)) && (value.Length == 4 || !char.IsAsciiDigit(value[4]));
        if (!dayDate.Success && !yearOnly)
        {
            return null;
        }
        var at = dayDate.Success ? start.Index + value.Length : start.Index + 4;
        var m = ShortEndRegex().Match(text, at);
        if (!m.Success)
        {
            return null;
        }
        var ic = System.Globalization.CultureInfo.InvariantCulture;
        if (dayDate.Success)
        {
            if (!m.Groups["date"].Success)
            {
                return null;
            }
            // The end read as the start's form with its century put back, so its day and month are told apart alike.
            var whole = m.Groups["date"].Value;
            var from = Normalize(value);
            var to = Normalize(whole[..^2] + value[^4..^2] + whole[^2..]);
            return from is not null && to is not null && string.CompareOrdinal(from, to) <= 0
                ? new DateRange(from, to, false, start.Index, m.Index + m.Length - start.Index)
                : null;
        }
        if (!m.Groups["yy"].Success)
        {
            return null;
        }
        var year = int.Parse(value.AsSpan(0, 4), ic);
        var yy = int.Parse(m.Groups["yy"].Value, ic);
        // "2019-11" and "2019/05" are a month; a dash with spaces or a typeset dash ("2019 - 20", "2019–20") is a span.
        var sep = m.Groups["sep"].Value;
        if (yy <= 12 && sep is "-" or "/" && m.Groups["sep"].Index == at && m.Groups["yy"].Index == at + 1)
        {
            return null;
        }
        var endYear = year / 100 * 100 + yy;
        if (endYear <= year)
        {
            endYear += 100;
        }
        return endYear - year is >= 1 and <= 9
            ? new DateRange($"{year:D4}", $"{endYear:D4}", false, start.Index, m.Index + m.Length - start.Index)
            : null;
    }

    private static bool IsYear(ReadOnlySpan<char> four) =>
        four.Length == 4 && (four.StartsWith("19") || four.StartsWith("20")) && char.IsAsciiDigit(four[2]) && char.IsAsciiDigit(four[3]);

    [GeneratedRegex(@"^\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}$")]
    private static partial Regex DayDate();

    [GeneratedRegex(@"\G\s*(?<sep>-{1,2}|[\u2010-\u2015\u2212/])\s*(?:(?<date>\d{1,2}(?<ds>[./])\d{1,2}\k<ds>\d{2})|(?<yy>\d{2}))(?![\w%+]|[.,/:]\d|\s*%)")]
    private static partial Regex ShortEndRegex();

    /// <summary>"Jan – Jul 2019", "June 1 - June 30 2026", "18 May - 18 June 2026", "September - December 2020",
    /// "Janvier/Février 2025": the year printed once, after the end, is the start's too (the year before when the start's
    /// month comes later); a slash between two month names parts them as a dash does.</summary>
    private static DateRange? SharedYear(string text, Group end, string endDate)
    {
        if (end.Index < 4 || endDate.Length != 7 || !end.Value.Any(char.IsLetter) || end.Value.Any(DateWords.IsApostrophe))
        {
            return null;
        }
        var from = Math.Max(0, end.Index - 40);
        var head = SharedYearHead().Match(text, from, end.Index - from);
        if (!head.Success || head.Index > 0 && char.IsLetterOrDigit(text[head.Index - 1]) || DateWords.IsAmbiguous(head.Groups["month"].Value))
        {
            return null;
        }
        var month = MonthNumber(MonthRegex().Match(head.Groups["month"].Value));
        if (month == 0)
        {
            return null;
        }
        var year = int.Parse(endDate.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture);
        var endMonth = int.Parse(endDate.AsSpan(5, 2), System.Globalization.CultureInfo.InvariantCulture);
        var startYear = month <= endMonth ? year : year - 1;
        return new DateRange($"{startYear:D4}-{month:D2}", endDate, false, head.Index, end.Index + end.Length - head.Index);
    }

    [GeneratedRegex(@"(?:\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?)?(?<month>" + Month + @")(?!\p{L})\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?(?:" + Separator + @"|\s*/\s*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SharedYearHead();

    /// <summary>"Jan 19 – Mar 21", "Sep 18 - Present": month names with two-digit years at both ends of a range (or a
    /// present word closing it). Read only where no four-digit year is on the line, and only as a range in order
    /// within a dozen years: "June 1 – June 30" stays days.</summary>
    private static DateRange? MonthShortYearRange(string text)
    {
        var m = MonthShortYearRegex().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var ic = System.Globalization.CultureInfo.InvariantCulture;
        var sm = MonthNumber(MonthRegex().Match(m.Groups["sm"].Value));
        var sy = int.Parse(m.Groups["sy"].Value, ic);
        var start = $"{(sy < 50 ? 2000 + sy : 1900 + sy):D4}-{sm:D2}";
        if (sm == 0 || DateWords.IsAmbiguous(m.Groups["sm"].Value))
        {
            return null;
        }
        if (m.Groups["present"].Success)
        {
            return new DateRange(start, null, true, m.Index, m.Length);
        }
        var em = MonthNumber(MonthRegex().Match(m.Groups["em"].Value));
        var ey = int.Parse(m.Groups["ey"].Value, ic);
        var end = $"{(ey < 50 ? 2000 + ey : 1900 + ey):D4}-{em:D2}";
        var years = (ey - sy + 100) % 100;
        return em > 0 && !DateWords.IsAmbiguous(m.Groups["em"].Value) && string.CompareOrdinal(start, end) <= 0 && years <= 12 && (years > 0 || em > sm)
            ? new DateRange(start, end, false, m.Index, m.Length)
            : null;
    }

    [GeneratedRegex(@"(?<!\w)(?<sm>" + Month + @")(?!\p{L})\.?\s?(?<sy>\d{2})(?![\d\w])" + Separator
        + @"(?:(?<em>" + Month + @")(?!\p{L})\.?\s?(?<ey>\d{2})(?![\w%]|[.,/:]\d)|(?<present>" + Present + "))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthShortYearRegex();

    /// <summary>
    /// "3 - 4/2014", "9 – 12/2002", "Juni – Aug. 2019": a range within one year prints the year once, after the end month,
    /// and the start is a bare month (a number of one or two digits, or a month's name) before the dash. Only a date that
    /// holds a month can close such a range, and only a dash joins it: "3 x 4/2014" or "Seite 3 - 2014" stay as they were.
    /// </summary>
    private static DateRange? SharedYearStart(string text, Match end)
    {
        var i = end.Index;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        if (i == 0 || text[i - 1] is not ('-' or '–' or '—' or '\u2010' or '\u2011' or '\u2212'))
        {
            return null;
        }
        i--;
        while (i > 0 && text[i - 1] == ' ')
        {
            i--;
        }
        var stop = i;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '.' && i == stop))
        {
            i--;
        }
        var word = text.AsSpan(i, stop - i).TrimEnd('.');
        if (word.Length == 0 || i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '.' or '/' or ',' or '-'))
        {
            return null;
        }
        var endDate = Normalize(end.Groups["start"].Value);
        if (endDate is not { Length: 7 })
        {
            return null;
        }
        int month;
        if (char.IsAsciiDigit(word[0]))
        {
            if (word.Length > 2 || !int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out month))
            {
                return null;
            }
        }
        else
        {
            var name = MonthRegex().Match(word.ToString());
            month = name.Success && name.Length == word.Length ? MonthNumber(name) : 0;
        }
        var endMonth = int.Parse(endDate.AsSpan(5), System.Globalization.CultureInfo.InvariantCulture);
        if (month < 1 || month > endMonth)
        {
            return null;
        }
        return new DateRange($"{endDate[..4]}-{month:00}", endDate, false, i, end.Index + end.Groups["start"].Length - i);
    }

    /// <summary>"von 2019 bis 2021", "de janvier 2020 à mars 2021": the word for "from" before a whole range belongs to
    /// it, so taking the range out leaves no stray "von" or "de" behind.</summary>
    private static DateRange WithFromWord(string text, DateRange range)
    {
        var before = text.AsSpan(0, range.Index).TrimEnd();
        if (before.Length == range.Index)
        {
            return range;
        }
        var start = before.Length;
        while (start > 0 && char.IsLetter(before[start - 1]))
        {
            start--;
        }
        if (start == before.Length || start > 0 && char.IsLetterOrDigit(before[start - 1]) || !DateWords.IsFromWord(before[start..]))
        {
            return range;
        }
        return range with { Index = start, Length = range.Index + range.Length - start };
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

    private static bool HasTwoDigits(string text)
    {
        var seen = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c) && ++seen == 2)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Exactly two digits after a word or its dot ("Jan 19", "Sept.21"): the cheap sign of a month with a short
    /// year before any regex.</summary>
    private static bool HasMonthPair(string text)
    {
        for (var i = 1; i + 1 < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || !char.IsAsciiDigit(text[i + 1]) || i + 2 < text.Length && char.IsAsciiDigit(text[i + 2]))
            {
                continue;
            }
            var before = text[i - 1] == ' ' && i > 1 ? text[i - 2] : text[i - 1];
            if (char.IsLetter(before) || before == '.')
            {
                return true;
            }
        }
        return false;
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

    /// <summary>A month's name in any language the dates are read in ("Feb", "sty.", "juin", "Oktober") ends the text: the
    /// first piece of a range wrapped before its year ("Feb 2021 – Feb" over "2025").</summary>
    public static bool EndsWithMonth(string text) => EndsWithMonthRegex().IsMatch(text);

    [GeneratedRegex(@"(?<!\p{L})" + Month + @"\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndsWithMonthRegex();

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
    public static string? Normalize(string value) => Normalize(value, ambiguousMonths: true);

    /// <summary>
    /// "08/07/2021 - 02/25/2022": a range's two days' dates are written in one order, and where one of them shows it (a
    /// 25 can only be a day) the other is read the same way: the start is August, not the 8th of July.
    /// </summary>
    private static (string Start, string End) DaysInOneOrder(string startText, string endText, string start, string end)
    {
        static (int First, int Second)? Day(string text) => WholeDay().Match(text.Trim()) is { Success: true } d
            ? (int.Parse(d.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
                int.Parse(d.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture))
            : null;
        if (Day(startText) is not { } a || Day(endText) is not { } b)
        {
            return (start, end);
        }
        static bool MonthFirst((int First, int Second) d) => d.First <= 12 && d.Second > 12;
        static bool DayFirst((int First, int Second) d) => d.First > 12 && d.Second <= 12;
        string Read((int First, int Second) d, string text, bool monthFirst) =>
            $"{text.Trim()[^4..]}-{(monthFirst ? d.First : d.Second):D2}";
        if ((MonthFirst(a) || MonthFirst(b)) && !DayFirst(a) && !DayFirst(b))
        {
            return (Read(a, startText, monthFirst: true), Read(b, endText, monthFirst: true));
        }
        if ((DayFirst(a) || DayFirst(b)) && !MonthFirst(a) && !MonthFirst(b))
        {
            return (Read(a, startText, monthFirst: false), Read(b, endText, monthFirst: false));
        }
        return (start, end);
    }

    [GeneratedRegex(@"^(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d{2}$")]
    private static partial Regex WholeDay();

    /// <param name="value">The date's text.</param>
    /// <param name="ambiguousMonths">Whether month names that are also English words ("Mars", "Mai") count.</param>
    private static string? Normalize(string value, bool ambiguousMonths)
    {
        var month = 0;
        var monthMatch = MonthRegex().Match(value);
        if (monthMatch.Success && (ambiguousMonths || !DateWords.IsAmbiguous(monthMatch.Value)))
        {
            month = MonthNumber(monthMatch);
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
            var apostrophe = value.AsSpan().IndexOfAny(DateWords.Apostrophes);
            var digits = apostrophe < 0 ? default : value.AsSpan(apostrophe + 1).TrimStart();
            if (digits.Length >= 2 && int.TryParse(digits[..2], out var yy))
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
                // first number cannot be a day of the month's place or the second is the "01" of a month's start. Dots
                // are the European way ("04.01.2016" is the 4th of January), never a US month first.
                if (yearIndex == 2 && int.TryParse(parts[0], out var first) && int.TryParse(parts[1], out var second)
                    && first is >= 1 and <= 12 && (second > 12 || second == 1 && first != 1 && !value.Contains('.')))
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

    private static int MonthNumber(Match month)
    {
        for (var number = 1; number <= 12; number++)
        {
            if (month.Groups[$"m{number}"].Success)
            {
                return number;
            }
        }
        return 0;
    }

    /// <summary>The text with the date span taken out and the separators it leaves behind tidied.</summary>
    public static string Remove(string text, DateRange range)
    {
        var before = text[..range.Index].TrimEnd();
        var after = text[(range.Index + range.Length)..].TrimStart();
        before = IsDateLabel(before) ? "" : WithoutPeriodWord(before).TrimEnd('|', '·', '•', '—', '–', '-', ',', '(', '[', ':', ' ');
        after = after.TrimStart(')', ']', '|', '·', '•', '—', '–', '-', ',', ':', ' ');
        after = Duration().Replace(after, "").Trim();
        if (before.Length == 0)
        {
            return after;
        }
        return after.Length == 0 ? before : before + " | " + after;
    }

    [GeneratedRegex(@"^(?:\(?\s*\d+\s*(?:" + DateWords.YearUnit + "|" + DateWords.MonthUnit + @")(?:\s*,?\s*(?:and\s+|und\s+|et\s+|e\s+|y\s+|en\s+)?\d+\s*" + DateWords.MonthUnit + @")?\s*\)?)(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();
}
