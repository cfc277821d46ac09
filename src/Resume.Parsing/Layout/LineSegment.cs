namespace Resume.Parsing.Layout;

/// <summary>
/// A run of text on one line that the layout keeps apart from its neighbours: a table cell, the date after a right tab
/// stop, a chip in a skills cloud, a label in a left margin. Positions are in points for PDFs and 0 elsewhere.
/// </summary>
/// <param name="Size">Font size in points (PDF only), so a name set large can be told from the lines beside it.</param>
/// <param name="Bold">Set in a bold face (PDF only).</param>
/// <param name="Italic">Set in an italic or slanted face (PDF font, DOCX run): templates set an entry's title and
/// its employer in different faces, the one cue that tells them apart whatever words they use.</param>
/// <param name="Icon">The icon-font glyph drawn just before the text ("font|glyph"), which may name a network.</param>
internal sealed record LineSegment(string Text, double Left = 0, double Right = 0, bool FromMargin = false, double Size = 0, bool Bold = false, string? Icon = null, bool Italic = false);
