namespace Resume.Parsing.Layout;

/// <summary>
/// One line of a resume in reading order, whatever the format it came from: its segments, where it sits, how it looks.
/// Geometry (points, top-down) is only known for PDFs; DOCX and text lines carry style cues instead.
/// </summary>
internal sealed class TextLine
{
    private string? _text;

    public TextLine(IReadOnlyList<LineSegment> segments) => Segments = segments;

    public IReadOnlyList<LineSegment> Segments { get; set; }

    /// <summary>The segments joined by single spaces.</summary>
    public string Text
    {
        get => _text ??= Segments.Count == 1 ? Segments[0].Text : string.Join(' ', Segments.Select(s => s.Text));
    }

    public void ResetText() => _text = null;

    public int Page { get; init; } = 1;
    public double Top { get; init; }
    public double Bottom { get; init; }
    public double Left { get; init; }
    public double Right { get; init; }

    /// <summary>Right edge of the column the line sits in: how far a line could have run before wrapping.</summary>
    public double ColumnRight { get; set; }

    public double FontSize { get; init; }
    public bool Bold { get; init; }

    /// <summary>Most of the line's letters are set in an italic face.</summary>
    public bool Italic { get; init; }

    /// <summary>The line opened with a bullet glyph or is a list paragraph (the glyph itself is not in the text).</summary>
    public bool Bullet { get; set; }

    /// <summary>Indentation in characters (text) or nesting level (DOCX); 0 when unknown.</summary>
    public int Indent { get; init; }

    /// <summary>1–6 for DOCX heading styles and Markdown <c>#</c>, 0 otherwise.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The document's own title style (DOCX Title, Markdown top heading).</summary>
    public bool IsTitle { get; init; }

    /// <summary>Underlined with <c>===</c> or <c>---</c> in plain text.</summary>
    public bool Underlined { get; init; }

    /// <summary>Type size in points of a word processor's line, which has no geometry (0 when unknown).</summary>
    public double TypeSize { get; init; }

    /// <summary>Set in type clearly larger than the document's body text, in a format whose lines have no geometry.</summary>
    public bool Larger { get; set; }

    /// <summary>A blank line (or a paragraph gap) came before this line.</summary>
    public bool GapBefore { get; set; }

    /// <summary>Column index on the page (0 for single-column pages and headers).</summary>
    public int Column { get; init; }

    /// <summary>The line sits in a narrow sidebar next to the main column.</summary>
    public bool InSidebar { get; init; }

    /// <summary>Addresses the line links to (PDF link annotations over it, DOCX hyperlinks in it): an icon or a network's
    /// name often stands where the address is not printed.</summary>
    public IReadOnlyList<string> Links { get; set; } = [];

    /// <summary>The list item a tagged PDF's structure places the line's text in; -1 when none or unknown. Lines of one
    /// block are one item.</summary>
    public int Block { get; set; } = -1;

    public bool HasGeometry => FontSize > 0;

    public override string ToString() => Text;
}
