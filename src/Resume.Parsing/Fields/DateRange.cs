namespace Resume.Parsing.Fields;

/// <summary>A date or date range found in text; dates are <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
/// <param name="Current">The range runs to the present ("Present", "Current", "Now", "since 2022").</param>
/// <param name="Index">Where the match starts in the text.</param>
/// <param name="Length">How long the match is.</param>
internal sealed record DateRange(string? Start, string? End, bool Current, int Index, int Length)
{
    public bool IsRange => End is not null || Current;
}
