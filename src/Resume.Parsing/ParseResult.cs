using Resume.Model;

namespace Resume.Parsing;

/// <summary>Either a parsed resume or the reason there is none; a parser never throws for bad input.</summary>
public sealed record ParseResult
{
    private ParseResult(ResumeDocument? resume, StageError? error) => (Resume, Error) = (resume, error);

    public ResumeDocument? Resume { get; }
    public StageError? Error { get; }

    public bool Succeeded => Resume is not null;

    public static ParseResult Success(ResumeDocument resume) => new(resume, null);

    public static ParseResult Failure(string code, string message) => new(null, new StageError(Stages.Parse, code, message));
}
