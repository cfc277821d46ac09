using Pipeline.Contracts;
using Resume.Model;

namespace Pipeline.Stages.Running;

public static class StageFailures
{
    public static ScanFailed From(Guid scanId, StageError error, Lane lane) => new(scanId, error.Stage, error.Code, error.Message, lane);

    /// <summary>
    /// The message reached its delivery limit: every earlier delivery ended with its worker gone (crashed, killed, or
    /// hung until the broker gave up on it). For the parse stage that is the upload's doing; elsewhere a fault of ours.
    /// </summary>
    public static ScanFailed GaveUp(Guid scanId, string stage, long deliveries) => stage == Resume.Model.Stages.Parse
        ? new(scanId, stage, ErrorCodes.Corrupt,
            $"Reading this file stopped the parse worker {deliveries} times in a row, so it was given up: the file is damaged or built to attack document readers. Export it again from the program that made it.")
        : new(scanId, stage, ErrorCodes.Internal,
            $"The {stage} stage stopped {deliveries} times in a row while working on this scan, so it was given up.");

    /// <summary>The stage's input blob is not there: the scan was erased while it was queued. Waiting will not bring it back.</summary>
    public static ScanFailed InputGone(Guid scanId, string stage, Lane lane) =>
        new(scanId, stage, ErrorCodes.Internal, $"The {stage} stage found no input for this scan; it may have been deleted.", lane);
}
