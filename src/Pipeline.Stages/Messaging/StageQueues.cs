namespace Pipeline.Stages.Messaging;

/// <summary>Queue names: each stage's workers compete on one queue, whatever their number.</summary>
public static class StageQueues
{
    public const string Parse = "resume-parse";
    public const string Score = "resume-score";
    public const string Render = "resume-render";

    public static readonly IReadOnlyList<string> All = [Parse, Score, Render];
}
