using Ingest.Data.Scans;
using Pipeline.Contracts;

namespace Ingest.Api.Scans;

public static class ScanAnnouncement
{
    /// <summary>
    /// The message that starts a scan through the stages: a batch scan on the batch lane, with its batch's job posting
    /// (<c>jobs/{batch id}.txt</c>); any other on the interactive lane, with its own.
    /// </summary>
    public static ResumeUploaded Of(Scan scan, int attempt) => new(
        scan.Id,
        BlobNames.Upload(scan.Id),
        scan.Role,
        scan.HasJobDescription ? BlobNames.JobDescription(scan.BatchId ?? scan.Id) : null,
        attempt,
        scan.BatchId is null ? Lane.Interactive : Lane.Batch);
}
