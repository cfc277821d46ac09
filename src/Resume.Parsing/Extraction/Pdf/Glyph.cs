namespace Resume.Parsing.Extraction.Pdf;

/// <summary>One character drawn on a page, in top-down coordinates (points).</summary>
/// <param name="Font">The font name, kept for icon glyphs only.</param>
/// <param name="Italic">Set in an italic, oblique or slanted face.</param>
/// <param name="Order">Where the page's content draws it, among the page's glyphs.</param>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Icon, bool Space, string? Font = null, int Order = 0, int Block = -1, bool Italic = false);
