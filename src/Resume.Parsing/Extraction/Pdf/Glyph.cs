namespace Resume.Parsing.Extraction.Pdf;

/// <summary>One character drawn on a page, in top-down coordinates (points).</summary>
internal readonly record struct Glyph(string Text, double Left, double Right, double Baseline, double Size, bool Bold, bool Icon, bool Space);
