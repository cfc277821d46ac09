using Pipeline.Contracts;

namespace Pipeline.Stages.Messaging;

/// <summary>Queue names: each stage's workers compete on one queue per lane, whatever their number.</summary>
public static class StageQueues
{
    public const string Parse = "resume-parse";
    public const string Score = "resume-score";
    public const string Render = "resume-render";

    /// <summary>Ingest.Api's queue for every stage event: the batch lane sends its events there by name.</summary>
    public const string Status = "scan-status";

    /// <summary>A stage's queue on a lane: the batch lane's are the interactive names with <c>-batch</c>.</summary>
    public static string On(string stageQueue, Lane lane) => lane == Lane.Batch ? stageQueue + "-batch" : stageQueue;

    /// <summary>Every stage queue of both lanes.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        Parse, Score, Render,
        On(Parse, Lane.Batch), On(Score, Lane.Batch), On(Render, Lane.Batch),
    ];
}
