using Resume.Parsing.Isolation.Ocr;

namespace Resume.Parsing.Isolation;

/// <summary>
/// No sandbox: the parser runs in the calling process (<c>Parsing:Isolation=None</c>). For benchmarks and for tests that
/// must watch a hostile file kill a worker; a stack overflow here ends the whole process.
/// </summary>
public sealed class InProcessParseSandbox(ParserOptions options) : IParseSandbox
{
    private readonly ResumeParser _parser = new(options, options.Ocr ? TesseractOcr.Find() : null);

    public ParserOptions Options => _parser.Options;

    public Task<ParseResult> ParseAsync(Stream content, CancellationToken cancellationToken) =>
        Task.FromResult(_parser.Parse(content, cancellationToken));

    public void Dispose()
    {
    }
}
