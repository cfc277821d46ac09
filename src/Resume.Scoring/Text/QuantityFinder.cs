using System.Text.RegularExpressions;

namespace Resume.Scoring.Text;

/// <summary>
/// Finds the figures that make a bullet measurable: percentages, money, latencies and durations, rates, volumes,
/// multipliers and plain counts, written as digits or as number words. Years ("since 2019") and version numbers
/// ("Java 17", "WCAG 2.1") are not results and are left out.
/// </summary>
internal static partial class QuantityFinder
{
    private static readonly HashSet<string> TimeUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "ms", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "min", "mins", "minute", "minutes",
        "h", "hr", "hrs", "hour", "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "µs", "us",
    };

    private static readonly HashSet<string> MagnitudeSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "k", "m", "mm", "b", "bn", "kb", "mb", "gb", "tb", "pb", "million", "billion", "thousand", "trillion",
    };

    private static readonly HashSet<string> RateUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        "qps", "rps", "tps", "rpm", "ops", "req/s", "requests/s", "events/s",
    };

    private static readonly HashSet<string> MoneyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "usd", "eur", "gbp", "dollars", "euros", "pounds",
    };

    public static IReadOnlyList<Quantity> Find(string text)
    {
        var found = new List<Quantity>();
        foreach (Match match in Figure().Matches(text))
        {
            var currency = match.Groups["cur"].Success;
            var number = match.Groups["num"].Value;
            var suffix = match.Groups["suf"].Value.TrimEnd('+');
            var next = match.Groups["next"].Value;
            var after = match.Groups["after"].Value;

            if (!currency && suffix.Length == 0 && !IsUnitWord(next) && (IsYear(number) || IsVersion(text, match.Index, number)))
            {
                continue;
            }
            found.Add(new Quantity(match.Value.Trim(), Classify(currency, suffix, next, after)));
        }
        foreach (Match match in NumberWord().Matches(text))
        {
            found.Add(new Quantity(match.Value, match.Value.StartsWith("doubl", StringComparison.OrdinalIgnoreCase)
                || match.Value.StartsWith("tripl", StringComparison.OrdinalIgnoreCase)
                || match.Value.StartsWith("halv", StringComparison.OrdinalIgnoreCase)
                    ? QuantityKind.Multiplier
                    : QuantityKind.Count));
        }
        return found;
    }

    private static QuantityKind Classify(bool currency, string suffix, string next, string after)
    {
        var unit = suffix.Length > 0 ? suffix : next;
        if (suffix == "%" || next.Equals("percent", StringComparison.OrdinalIgnoreCase) || next == "%")
        {
            return QuantityKind.Percentage;
        }
        if (currency || MoneyWords.Contains(next))
        {
            return QuantityKind.Money;
        }
        if (suffix is "x" or "X" or "×")
        {
            return QuantityKind.Multiplier;
        }
        if (RateUnits.Contains(suffix) || RateUnits.Contains(next) || next.Contains('/') || next.Equals("per", StringComparison.OrdinalIgnoreCase)
            || after.StartsWith('/') || after.StartsWith(" per ", StringComparison.OrdinalIgnoreCase))
        {
            return QuantityKind.Rate;
        }
        if (TimeUnits.Contains(unit))
        {
            return QuantityKind.Time;
        }
        return MagnitudeSuffixes.Contains(unit) ? QuantityKind.Volume : QuantityKind.Count;
    }

    private static bool IsUnitWord(string word) =>
        word == "%" || word.Equals("percent", StringComparison.OrdinalIgnoreCase) || TimeUnits.Contains(word)
        || MagnitudeSuffixes.Contains(word) || RateUnits.Contains(word) || MoneyWords.Contains(word);

    private static bool IsYear(string number) =>
        number.Length == 4 && int.TryParse(number, out var year) && year is >= 1950 and <= 2099;

    /// <summary>"Java 17", "WCAG 2.1": a small bare number right after a capitalised name that does not open the bullet.</summary>
    private static bool IsVersion(string text, int index, string number)
    {
        if (number.Contains(',') || (!number.Contains('.') && number.Length > 2))
        {
            return false;
        }
        var end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }
        var start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }
        if (start == end || !char.IsUpper(text[start]))
        {
            return false;
        }
        return text.AsSpan(0, start).Trim().Length > 0;
    }

    // A figure not glued to a word ("S3", "p99" and "EC2" are names): optional currency, digits with thousands
    // separators or decimals, letters or % or + glued after it, then a look (not consumed) at the next word and beyond.
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.])(?<cur>[$€£¥₹])?\s?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?<suf>(?:[a-zA-Zµ×%]{1,8})?\+?)(?![\p{N}])(?=(?:\s*(?<next>%|[\p{L}/]+))?(?<after>[^,.;]{0,16}))", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|fifty|hundred|dozens?|hundreds|thousands|millions|billions|doubled|doubling|tripled|halved|halving)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
