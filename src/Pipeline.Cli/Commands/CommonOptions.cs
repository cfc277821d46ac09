using System.CommandLine;

namespace Pipeline.Cli.Commands;

/// <summary>Arguments several verbs share, so they read the same everywhere.</summary>
public static class CommonOptions
{
    public static Argument<string[]> Inputs() => new("INPUT")
    {
        Description = "Resume files, or folders searched recursively for .pdf, .docx, .txt and .md.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<DirectoryInfo> Output(string description) => new("--out")
    {
        Description = description,
    };
}
