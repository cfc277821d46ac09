using Pipeline.Cli.Inputs;
using Resume.Model;

namespace Pipeline.Cli.Scan;

/// <summary>What happened to one input: its score when every stage ran, or the stage that stopped it and why.</summary>
public sealed record ScanOutcome(InputFile File, int? Score, StageError? Error)
{
    public bool Succeeded => Error is null;
}
