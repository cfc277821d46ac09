namespace Resume.Parsing.Fields;

/// <summary>A date or date range found in text; dates are <c>YYYY-MM</c> or <c>YYYY</c>.</summary>
/// <param name="Current">The range runs to the present ("Present", "Current", "Now", "since 2022").</param>
/// <param name="Index">Where the match starts in the text.</param>
/// <param name="Length">How long the match is.</param>
internal sealed record DateRange(string? Start, string? End, bool Current, int Index, int Length)
{
    public bool IsRange => End is not null || Current;

    /// <summary>A single start followed by a dash and nothing ("2019 –"): the range runs on though no word says so.</summary>
    public bool OpenEnd { get; init; }

    /// <summary>The end an entry takes: none while it runs on; a single date ("2019", "Dec 2023") dates an activity that
    /// began and ended then.</summary>
    public string? EntryEnd => Current || OpenEnd ? null : End ?? Start;
}
