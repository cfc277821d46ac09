using Pipeline.Contracts;
using Resume.Model;

namespace Pipeline.Stages.Running;

public static class StageFailures
{
    public static ScanFailed From(Guid scanId, StageError error) => new(scanId, error.Stage, error.Code, error.Message);

    /// <summary>The stage's input blob is not there: the scan was erased while it was queued. Waiting will not bring it back.</summary>
    public static ScanFailed InputGone(Guid scanId, string stage) =>
        new(scanId, stage, ErrorCodes.Internal, $"The {stage} stage found no input for this scan; it may have been deleted.");
}
