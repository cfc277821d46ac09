using Pipeline.Contracts;
using Resume.Model;

namespace Pipeline.Stages.Running;

public static class StageFailures
{
    public static ScanFailed From(Guid scanId, StageError error, Lane lane) => new(scanId, error.Stage, error.Code, error.Message, lane);

    /// <summary>The stage's input blob is not there: the scan was erased while it was queued. Waiting will not bring it back.</summary>
    public static ScanFailed InputGone(Guid scanId, string stage, Lane lane) =>
        new(scanId, stage, ErrorCodes.Internal, $"The {stage} stage found no input for this scan; it may have been deleted.", lane);
}
