namespace Resume.Parsing.Detection;

/// <param name="Kind">The detected type.</param>
/// <param name="Text">The decoded text for <see cref="FileKind.Text"/> and <see cref="FileKind.Markdown"/>.</param>
/// <param name="Detail">What the bytes look like when they are not a resume type, for the error message.</param>
internal sealed record Sniffed(FileKind Kind, string? Text = null, string? Detail = null);
