namespace Resume.Parsing.Layout;

/// <summary>How a piece of text is set: its weight and its slant. Two pieces of one entry set in different faces are two
/// fields the template styles apart (a title in bold over an employer in italic).</summary>
internal readonly record struct Face(bool Bold, bool Italic)
{
    public static Face Of(LineSegment segment) => new(segment.Bold, segment.Italic);

    /// <summary>Set in bold or italic: a face a template chose, not the body text's.</summary>
    public bool Styled => Bold || Italic;
}
