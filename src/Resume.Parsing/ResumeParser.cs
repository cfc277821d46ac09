using Resume.Model;

namespace Resume.Parsing;

/// <summary>Parses one resume file, its type told by its content, into a <see cref="ResumeDocument"/>.</summary>
public sealed class ResumeParser(ParserOptions? options = null)
{
    public ParserOptions Options { get; } = options ?? ParserOptions.Default;

    public ParseResult Parse(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        cancellationToken.ThrowIfCancellationRequested();
        return ParseResult.Failure(ErrorCodes.Internal, "The parser is being built.");
    }
}
