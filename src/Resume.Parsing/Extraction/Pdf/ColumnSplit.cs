namespace Resume.Parsing.Extraction.Pdf;

/// <summary>How a page's body divides at a vertical gutter.</summary>
internal enum ColumnRole
{
    /// <summary>One column of text.</summary>
    Single,
    /// <summary>Two independent flows (a sidebar beside the main column): read one after the other.</summary>
    Sidebar,
    /// <summary>A sparse left column of labels or dates that belong to the main lines beside them.</summary>
    Margin,
}

/// <param name="Gutter">x of the gutter between the columns.</param>
internal readonly record struct ColumnSplit(ColumnRole Role, double Gutter);
