using Resume.Model;

namespace Pipeline.Cli.Inputs;

/// <summary>One line on stderr per failed input: file, stage, reason.</summary>
public static class FailureLine
{
    public static string Format(InputFile input, StageError error) =>
        $"{input.RelativePath}: {error.Stage} failed ({error.Code}): {error.Message}";
}
