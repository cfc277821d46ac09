using System.Diagnostics.Metrics;
using Ingest.Api.Scans.Submit;
using Pipeline.ServiceDefaults;
using Pipeline.Stages.Running;

namespace Ingest.Api.Monitoring;

/// <summary>
/// What Ingest.Api counts: every scan once when it ends (the conditional UPDATE that ends it succeeds exactly once,
/// whichever instance runs it), and the size of every accepted upload.
/// </summary>
public sealed class ScanMetrics
{
    public const string OutcomeTag = "pipeline.outcome";
    public const string KindTag = "pipeline.upload.kind";

    private readonly Counter<long> _ended;
    private readonly Histogram<long> _uploadSize;

    public ScanMetrics(IMeterFactory meters)
    {
        var meter = PipelineTelemetry.MeterFrom(meters);
        _ended = meter.CreateCounter<long>("pipeline.scans.ended", "{scan}",
            "Scans that reached a final status: completed, or failed at a stage with an error code.");
        _uploadSize = meter.CreateHistogram<long>("pipeline.upload.size", "By", "Size of each accepted upload.",
            advice: new InstrumentAdvice<long> { HistogramBucketBoundaries = [1 << 10, 16 << 10, 64 << 10, 256 << 10, 1 << 20, 4 << 20, 10 << 20, 100 << 20] });
    }

    public void Completed() => _ended.Add(1, new KeyValuePair<string, object?>(OutcomeTag, "completed"));

    public void Failed(string stage, string code) => _ended.Add(1,
        new KeyValuePair<string, object?>(OutcomeTag, "failed"),
        new KeyValuePair<string, object?>(StageCall.StageTag, stage),
        new KeyValuePair<string, object?>(StageCall.ErrorTag, code));

    public void Accepted(UploadKind kind, long bytes) =>
        _uploadSize.Record(bytes, new KeyValuePair<string, object?>(KindTag, kind.ToString().ToLowerInvariant()));
}
