using Resume.Model;
using Resume.Parsing;

namespace Pipeline.Stages.Parsing;

internal static class ParseResultExtensions
{
    public static (ResumeDocument? Resume, StageError? Error) AsOutcome(this ParseResult result) => (result.Resume, result.Error);
}
