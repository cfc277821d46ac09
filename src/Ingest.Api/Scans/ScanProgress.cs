using Ingest.Data.Scans;
using Resume.Model;

namespace Ingest.Api.Scans;

public static class ScanProgress
{
    /// <summary>The last stage whose output a scan has; for a failed scan, the stage before the one that failed.</summary>
    public static ScanStatus Reached(Scan scan) => scan.Status switch
    {
        ScanStatus.Failed => scan.FailureStage switch
        {
            Stages.Render => ScanStatus.Scored,
            Stages.Score => ScanStatus.Parsed,
            _ => ScanStatus.Accepted,
        },
        var status => status,
    };

    /// <summary>The stage a scan waits on in this status.</summary>
    public static string NextStage(ScanStatus status) => status switch
    {
        ScanStatus.Accepted => Stages.Parse,
        ScanStatus.Parsed => Stages.Score,
        _ => Stages.Render,
    };

    public static string Name(ScanStatus status) => status.ToString().ToLowerInvariant();
}
