namespace Resume.Parsing.Isolation;

/// <summary>A file's result from a child, and whether that child may take another file.</summary>
internal readonly record struct ChildAnswer(ParseResult Result, bool Healthy);
