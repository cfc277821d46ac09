namespace Resume.Parsing;

/// <summary>Thrown inside the parser to end a parse with a stable code; <see cref="ResumeParser"/> turns it into a result.</summary>
internal sealed class ParseFailure(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
