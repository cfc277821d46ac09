using Resume.Model;

namespace Resume.Parsing.Layout;

/// <summary>What an extractor hands on: the resume's lines in reading order and what it noticed about the file.</summary>
internal sealed class LayoutDocument(string fileType, int pageCount, IReadOnlyList<TextLine> lines)
{
    public string FileType { get; } = fileType;
    public int PageCount { get; } = pageCount;
    public IReadOnlyList<TextLine> Lines { get; } = lines;

    /// <summary>Layout traits an ATS may trip over, by <see cref="ParseWarningCodes"/> code.</summary>
    public HashSet<string> Traits { get; } = new(StringComparer.Ordinal);

    /// <summary>The document carries a title in its metadata or title style (used when the body does not show a name).</summary>
    public string? DocumentTitle { get; init; }
}
