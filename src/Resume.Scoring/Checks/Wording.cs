using System.Globalization;

namespace Resume.Scoring.Checks;

/// <summary>Small helpers so every detail and fix reads as a plain English sentence.</summary>
internal static class Wording
{
    /// <summary>"1 page", "2 pages"; "1 entry", "3 entries" with the plural given.</summary>
    public static string Count(int count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? singular + "s")}");

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string Join(IReadOnlyList<string> parts) =>
        parts.Count switch
        {
            0 => "",
            1 => parts[0],
            _ => $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}",
        };

    public static string Shorten(string text, int max = 160) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    /// <summary>"a Teacher", "an Accountant": the article a title takes.</summary>
    public static string A(string title) =>
        title.Length > 0 && "AEIOUaeiou".Contains(title[0], StringComparison.Ordinal) ? $"an {title}" : $"a {title}";

    public static string Capitalise(string text) =>
        text.Length == 0 ? text : string.Concat(text[..1].ToUpperInvariant(), text[1..]);

    /// <summary>
    /// The candidate's experience as every finding states it, from the one figure: "about 6.4 years of experience",
    /// or "no dated work experience". One format, so no two findings can seem to disagree.
    /// </summary>
    public static string Experience(double years) =>
        years < 0.05 ? "no dated work experience" : $"about {Years(years)} years of experience";

    /// <summary>"6.4", "7": the figure to one decimal.</summary>
    public static string Years(double years) => years.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>How a summary can state the same figure in whole years: "over 6 years", "7 years", "under a year".</summary>
    public static string WholeYears(double years)
    {
        var whole = (int)Math.Floor(years + 0.05);
        return whole < 1 ? "under a year" : Math.Abs(years - whole) < 0.05 ? Count(whole, "year") : $"over {Count(whole, "year")}";
    }

    /// <summary>"one page", "two pages", "3 pages".</summary>
    public static string Pages(int pages) => pages switch
    {
        1 => "one page",
        2 => "two pages",
        _ => Count(pages, "page"),
    };
}
