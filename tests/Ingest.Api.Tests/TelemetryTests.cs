using System.Collections.ObjectModel;
using System.Diagnostics;
using Ingest.Api.Outbox;
using OpenTelemetry.Trace;
using Pipeline.Contracts;
using Pipeline.Testing;

namespace Ingest.Api.Tests;

/// <summary>What an operator sees of scans in the all-in-one host: figures on /metrics and one trace per scan.</summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Metrics_count_each_scan_once_by_outcome_and_show_stage_times_upload_sizes_and_the_outbox_backlog()
    {
        await using var app = new AllInOneApp();
        var scans = app.Scans();
        var text = ResumeFixtures.TextResume();
        var corrupt = ResumeFixtures.CorruptPdf();

        var good = await scans.SubmitAcceptedAsync(text, "jordan.txt");
        var bad = await scans.SubmitAcceptedAsync(corrupt, "broken.pdf");
        Assert.Equal("completed", (await scans.WaitForEndAsync(good.Id, Patience)).Status);
        Assert.Equal("failed", (await scans.WaitForEndAsync(bad.Id, Patience)).Status);
        // A status event repeated (as a redelivery would) must not count the scan again.
        await app.Bus.Publish(new ScanFailed(Guid.Parse(bad.Id), "parse", "corrupt", "again"));

        var metrics = await WaitForMetricsAsync(scans, m => m.Sum("pipeline_outbox_pending") == 0);

        Assert.Equal(1, metrics.Sum("pipeline_scans_ended_total", Labels(("pipeline_outcome", "completed"))));
        Assert.Equal(1, metrics.Sum("pipeline_scans_ended_total", Labels(("pipeline_outcome", "failed"), ("pipeline_stage", "parse"), ("error_type", "corrupt"))));
        Assert.Equal(2, metrics.Sum("pipeline_scans_ended_total"));

        Assert.Equal(2, metrics.Sum("pipeline_stage_duration_seconds_count", Labels(("pipeline_stage", "parse"))));
        Assert.Equal(1, metrics.Sum("pipeline_stage_duration_seconds_count", Labels(("pipeline_stage", "parse"), ("error_type", "corrupt"))));
        Assert.Equal(1, metrics.Sum("pipeline_stage_duration_seconds_count", Labels(("pipeline_stage", "score"))));
        Assert.Equal(1, metrics.Sum("pipeline_stage_duration_seconds_count", Labels(("pipeline_stage", "render"))));
        Assert.True(metrics.Sum("pipeline_stage_duration_seconds_sum", Labels(("pipeline_stage", "render"))) > 0);
        // Buckets are in seconds: a stage that takes well under a second lands below the 1 s bucket's bound.
        Assert.Equal(1, metrics.Sum("pipeline_stage_duration_seconds_bucket", Labels(("pipeline_stage", "score"), ("le", "+Inf"))));

        Assert.Equal(1, metrics.Sum("pipeline_upload_size_bytes_count", Labels(("pipeline_upload_kind", "text"))));
        Assert.Equal(text.Length, metrics.Sum("pipeline_upload_size_bytes_sum", Labels(("pipeline_upload_kind", "text"))));
        Assert.Equal(corrupt.Length, metrics.Sum("pipeline_upload_size_bytes_sum", Labels(("pipeline_upload_kind", "pdf"))));

        Assert.Equal(0, metrics.Sum("pipeline_outbox_oldest_pending_age_seconds"));
    }

    [Fact]
    public async Task The_outbox_backlog_shows_a_message_still_waiting_to_be_published_and_how_long_it_has_waited()
    {
        await using var app = new AllInOneApp();
        var scans = app.Scans();
        await app.WithDbAsync(async db =>
        {
            var row = OutboxEnvelope.Create(new ResumeUploaded(Guid.NewGuid(), "uploads/x", "backend-developer", null, 1), null, DateTimeOffset.UtcNow.AddMinutes(-2));
            // Its publication failed a few times (the broker was away): the next try is a while off.
            row.Attempts = 3;
            row.NextAttemptAt = DateTimeOffset.UtcNow.AddHours(1);
            db.Outbox.Add(row);
            return await db.SaveChangesAsync();
        });

        var metrics = await WaitForMetricsAsync(scans, m => m.Sum("pipeline_outbox_pending") == 1);

        Assert.Equal(1, metrics.Sum("pipeline_outbox_pending"));
        Assert.InRange(metrics.Sum("pipeline_outbox_oldest_pending_age_seconds") ?? 0, 119, 600);
    }

    [Fact]
    public async Task One_trace_follows_a_scan_from_the_upload_through_every_stage_into_the_status_consumer()
    {
        var spans = new Spans();
        await using var app = new AllInOneApp(services: s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));
        var scans = app.Scans();

        var accepted = await scans.SubmitAcceptedAsync(ResumeFixtures.TextResume(), "jordan.txt");
        Assert.Equal("completed", (await scans.WaitForEndAsync(accepted.Id, Patience)).Status);
        // The status consumer's span ends just after the status it wrote is visible.
        var consumed = await WaitForAsync(() => spans.Snapshot().Where(s => s.Kind == ActivityKind.Consumer).ToList(),
            c => c.Count(s => Queue(s) == "scan-status") >= 3 && StageQueuesIn(c).Count == 3);

        var upload = Assert.Single(spans.Snapshot(), s => s.Kind == ActivityKind.Server && s.DisplayName.StartsWith("POST", StringComparison.Ordinal));
        var trace = upload.TraceId;
        Assert.All(consumed, s => Assert.True(s.TraceId == trace, $"{s.DisplayName} ({Queue(s)}) is in trace {s.TraceId}, the upload in {trace}"));
        Assert.Equal(["resume-parse", "resume-render", "resume-score"], StageQueuesIn(consumed));
        Assert.Equal(3, consumed.Count(s => Queue(s) == "scan-status"));
        Assert.Contains(spans.Snapshot(), s => s.DisplayName == "outbox publish" && s.TraceId == trace && s.ParentSpanId == upload.SpanId);
    }

    private static List<string> StageQueuesIn(IEnumerable<Activity> spans) =>
        spans.Select(Queue).Where(q => q is not null && q.StartsWith("resume-", StringComparison.Ordinal)).Select(q => q!).Distinct().Order().ToList();

    private static string? Queue(Activity span) => span.GetTagItem("messaging.destination.name") as string;

    private static Dictionary<string, string> Labels(params (string Key, string Value)[] labels) => labels.ToDictionary(l => l.Key, l => l.Value);

    private static async Task<IReadOnlyList<MetricSample>> WaitForMetricsAsync(ScansClient scans, Func<IReadOnlyList<MetricSample>, bool> ready) =>
        await WaitForAsync(async () => PrometheusText.Parse(await scans.Http.GetStringAsync("/metrics")), ready);

    private static Task<T> WaitForAsync<T>(Func<T> read, Func<T, bool> ready) => WaitForAsync(() => Task.FromResult(read()), ready);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> ready)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (ready(value) || clock.Elapsed > Patience)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }

    /// <summary>The exporter adds from whichever thread ends a span.</summary>
    private sealed class Spans : Collection<Activity>
    {
        private readonly Lock _gate = new();

        public List<Activity> Snapshot()
        {
            lock (_gate)
            {
                return [.. Items];
            }
        }

        protected override void InsertItem(int index, Activity item)
        {
            lock (_gate)
            {
                base.InsertItem(index, item);
            }
        }
    }
}
