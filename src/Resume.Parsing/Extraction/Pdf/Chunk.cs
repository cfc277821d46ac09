namespace Resume.Parsing.Extraction.Pdf;

/// <summary>Words on one baseline with no wide gap between them: a phrase, a table cell, a right-aligned date.</summary>
internal sealed class Chunk(string text, double left, double right, double baseline, double size, bool bold, bool bulletGlyph)
{
    public string Text { get; set; } = text;
    public double Left { get; set; } = left;
    public double Right { get; set; } = right;
    public double Baseline { get; } = baseline;
    public double Size { get; } = size;
    public bool Bold { get; } = bold;

    /// <summary>Most of its letters are set in an italic face.</summary>
    public bool Italic { get; init; }

    /// <summary>An icon or bullet glyph came right before the text.</summary>
    public bool BulletGlyph { get; set; } = bulletGlyph;

    /// <summary>The icon before the text, as "font|glyph".</summary>
    public string? Icon { get; set; }

    /// <summary>The list item a tagged PDF places the chunk in; -1 when none.</summary>
    public int Block { get; set; } = -1;

    public double Top => Baseline - Size * 0.8;
    public double Bottom => Baseline + Size * 0.25;

    public override string ToString() => Text;
}
