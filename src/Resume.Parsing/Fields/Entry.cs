using Resume.Parsing.Layout;

namespace Resume.Parsing.Fields;

/// <summary>One item of an experience-like section: its header lines (title, company, dates, place) and its body.</summary>
internal sealed class Entry
{
    public List<TextLine> Header { get; } = [];

    /// <summary>List items with wrapped lines joined back.</summary>
    public List<string> Highlights { get; } = [];

    /// <summary>Sentences under the header that are not list items.</summary>
    public List<string> Description { get; } = [];

    public DateRange? Dates { get; set; }

    /// <summary>Header text pieces with the dates taken out, in reading order.</summary>
    public List<string> Parts { get; } = [];

    /// <summary>The face each of <see cref="Parts"/> is set in, one for one.</summary>
    public List<Face> Faces { get; } = [];

    /// <summary>A place read from where it stands (beside the dates), not from its words.</summary>
    public string? Location { get; set; }

    /// <summary>An employer's own line over the several roles held there (read from the lines under it, not its words).</summary>
    public bool HoldsRoles { get; init; }

    /// <summary>A role's line of a multilevel list, under the employer's line whose group it belongs to.</summary>
    public bool Role { get; init; }

    /// <summary>The title set on lines of its own, larger, over the row that carries the dates in a margin column and
    /// the employer beside them; how many of <see cref="Parts"/> it fills, from the first.</summary>
    public (string Text, int Parts)? TitleAbove { get; set; }

    public bool HasBody => Highlights.Count > 0 || Description.Count > 0;
}
