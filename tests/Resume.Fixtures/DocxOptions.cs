namespace Resume.Fixtures;

/// <summary>How a DOCX resume is put together.</summary>
public sealed record DocxOptions
{
    /// <summary>Company and dates on one line with a right tab stop between them.</summary>
    public bool TabStops { get; init; } = true;

    /// <summary>Name and contact side by side in a borderless table; skills as label | list rows.</summary>
    public bool LayoutTables { get; init; }

    /// <summary>The contact line sits in a text box.</summary>
    public bool ContactInTextBox { get; init; }

    /// <summary>The contact line sits in the page header.</summary>
    public bool ContactInHeader { get; init; }

    public DateStyle Dates { get; init; } = DateStyle.ShortMonth;
}
