namespace Ingest.Data.Scans;

/// <summary>
/// Where a scan is. The numbers order the statuses: a status only ever moves to a larger number, and
/// <see cref="Completed"/> and <see cref="Failed"/> are both final.
/// </summary>
public enum ScanStatus
{
    Accepted = 0,
    Parsed = 1,
    Scored = 2,
    Completed = 3,
    Failed = 4,
}
