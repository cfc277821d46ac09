using System.Globalization;

namespace Resume.Fixtures;

/// <summary>The ways resumes write a month and a range, so tests can cover each.</summary>
public sealed record DateStyle(string Format, string Separator, string Present)
{
    public static DateStyle ShortMonth { get; } = new("MMM yyyy", " – ", "Present");
    public static DateStyle LongMonth { get; } = new("MMMM yyyy", " - ", "Current");
    public static DateStyle Numeric { get; } = new("MM/yyyy", " to ", "Now");
    public static DateStyle Iso { get; } = new("yyyy-MM", " — ", "Present");
    public static DateStyle Dotted { get; } = new("MMM. yyyy", " until ", "present");
    public static DateStyle YearOnly { get; } = new("yyyy", "–", "now");

    public string One(DateOnly date) => date.ToString(Format, CultureInfo.InvariantCulture).Replace("Sep.", "Sept.", StringComparison.Ordinal);

    public string Range(DateOnly start, DateOnly? end) => One(start) + Separator + (end is { } e ? One(e) : Present);
}
