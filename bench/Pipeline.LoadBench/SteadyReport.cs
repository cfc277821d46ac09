using System.Globalization;
using System.Text;
using Pipeline.Testing;

namespace Pipeline.LoadBench;

/// <summary>The steady run's figures as a Markdown table and an SVG chart (memory per process, p95 latency per minute).</summary>
public sealed record Report(string Markdown, string Svg)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;
    private static readonly string[] Colours = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2"];

    /// <summary>What a steady run gathered.</summary>
    public sealed record Run(UploadStream Stream, IReadOnlyDictionary<string, ScanState> Ends, IReadOnlyList<BatchRun> Batches,
        IReadOnlyList<Steady.Sample> Samples, DateTimeOffset Started, int Minutes, double Rate, TimeSpan WarmedIn);

    public static Report Build(Run run)
    {
        var (stream, ends, samples, started, minutes) = (run.Stream, run.Ends, run.Samples, run.Started, run.Minutes);
        var processes = samples.SelectMany(s => s.Resident.Keys).Distinct().ToList();
        var rows = new List<(int Minute, int Uploads, int Ended, int Failed, double[] Latency, int BatchEnded, long Queue, Dictionary<string, long> Peak, Dictionary<string, long> HeapFloor)>();
        for (var minute = 0; minute < minutes; minute++)
        {
            var from = started.AddMinutes(minute);
            var to = from.AddMinutes(1);
            var sent = stream.Accepted.Where(u => u.AcceptedAt >= from && u.AcceptedAt < to).ToList();
            var ended = sent.Select(u => ends.GetValueOrDefault(u.ScanId!)).Where(s => s is not null).ToList();
            var latency = sent.Where(u => ends.ContainsKey(u.ScanId!))
                .Select(u => (ends[u.ScanId!].CompletedAt!.Value - ends[u.ScanId!].CreatedAt).TotalMilliseconds).Order().ToArray();
            var inMinute = samples.Where(s => s.Seconds >= minute * 60 && s.Seconds < (minute + 1) * 60).ToList();
            var batchEnded = run.Batches.Sum(b => b.EndedBy((minute + 1) * 60) - b.EndedBy(minute * 60));
            rows.Add((minute + 1, sent.Count, ended.Count, ended.Count(s => s!.Status == "failed"), latency, batchEnded,
                inMinute.Count == 0 ? 0 : inMinute.Max(s => s.QueuedMessages),
                processes.ToDictionary(p => p, p => inMinute.Count == 0 ? 0 : inMinute.Max(s => s.Resident.GetValueOrDefault(p))),
                processes.ToDictionary(p => p, p => inMinute.Where(s => s.Heap.ContainsKey(p)).Select(s => s.Heap[p]).DefaultIfEmpty(0).Min())));
        }

        var text = new StringBuilder();
        var refused = stream.Uploads.Count(u => u.ScanId is null);
        var lost = stream.Accepted.Count(u => !ends.ContainsKey(u.ScanId!));
        var batchScans = run.Batches.Sum(b => b.Total);
        text.AppendLine(Invariant, $"{stream.Uploads.Count} single uploads at {run.Rate:0.##}/s for {minutes} min, and {run.Batches.Count} batches beside them ({batchScans} resumes in all), on {Environment.ProcessorCount} cores; {stream.Accepted.Count} accepted, {refused} refused, {lost} not ended within five minutes of the last. The clock started once every service answered ready and the warm-up (the mix's scans and a batch of five, all ended) was through: {run.WarmedIn.TotalSeconds:0} s.");
        text.AppendLine();
        text.Append("| minute | uploads | ended | failed | p50 ms | p95 ms | p99 ms | batch scans ended | most queued |");
        processes.ForEach(p => text.Append(Invariant, $" {p} MiB |"));
        text.AppendLine();
        text.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        processes.ForEach(_ => text.Append("---:|"));
        text.AppendLine();
        foreach (var row in rows)
        {
            text.Append(Invariant, $"| {row.Minute} | {row.Uploads} | {row.Ended} | {row.Failed} | {Percentile(row.Latency, 50)} | {Percentile(row.Latency, 95)} | {Percentile(row.Latency, 99)} | {row.BatchEnded} | {row.Queue} |");
            processes.ForEach(p => text.Append(Invariant, $" {row.Peak[p] / 1048576.0:0} |"));
            text.AppendLine();
        }
        text.AppendLine();
        text.AppendLine("Uploads, ended, failed and the latencies are the single scans, by the minute each was accepted (upload accepted → scan ended, by the API's own timestamps); batch scans ended is how many of the batches' scans ended in that minute.");
        text.AppendLine();
        foreach (var batch in run.Batches)
        {
            var last = batch.Last!;
            var course = batch.FinishedAt is { } finished
                ? string.Create(Invariant, $"ended at {Clock(finished)}, {Clock(finished - batch.SubmittedAt)} after it went in ({batch.Total / Math.Max((finished - batch.SubmittedAt) / 60, 0.01):0} resumes a minute)")
                : string.Create(Invariant, $"not ended when the run stopped ({last.Completed + last.Failed} of {batch.Total})");
            text.AppendLine(Invariant, $"- Batch {batch.Number}: {batch.Total} resumes in at {Clock(batch.SubmittedAt)}, {course}; {last.Completed} completed, {last.Failed} failed, {last.Skipped} skipped, {last.Duplicates} duplicates.");
        }
        if (run.Batches.Count > 0)
        {
            text.AppendLine();
        }
        // Flat memory: over the last eight minutes, the first of them against the last.
        var window = rows.Skip(Math.Max(0, rows.Count - 8)).ToList();
        if (window.Count >= 2)
        {
            var from = (window[0].Minute - 1) * 60.0;
            var collected = samples.Where(s => s.Seconds >= from && s.Seconds < window[^1].Minute * 60.0 + 5 && s.Live.Count > 0).ToList();
            text.AppendLine(Invariant, $"Memory over minutes {window[0].Minute}–{window[^1].Minute}: resident (largest sample in the first and the last of them, and the largest of all); for the .NET services, what stays live: the managed heap just after a forced full collection, the first and the last of those in the window ({collected.Count} of them, at {string.Join(", ", collected.Select(s => Clock(s.Seconds)))}), or where none was forced the least heap after a collection in the first and the last minute:");
            text.AppendLine();
            foreach (var p in processes)
            {
                var first = window[0].Peak[p] / 1048576.0;
                var last = window[^1].Peak[p] / 1048576.0;
                text.Append(Invariant, $"- {p}: {first:0} → {last:0} MiB ({Change(first, last)}), largest {window.Max(r => r.Peak[p]) / 1048576.0:0} MiB");
                var forced = collected.Where(s => s.Live.ContainsKey(p)).Select(s => s.Live[p]).ToList();
                if (forced.Count >= 2)
                {
                    var (heapFirst, heapLast) = (forced[0].Heap / 1048576.0, forced[^1].Heap / 1048576.0);
                    var (rssFirst, rssLast) = (forced[0].Resident / 1048576.0, forced[^1].Resident / 1048576.0);
                    text.Append(Invariant, $"; live heap {heapFirst:0.0} → {heapLast:0.0} MiB ({Change(heapFirst, heapLast)}, each: {string.Join(" ", forced.Select(f => (f.Heap / 1048576.0).ToString("0.0", Invariant)))}), resident just after {rssFirst:0} → {rssLast:0} MiB");
                }
                else if (window[0].HeapFloor[p] > 0 && window[^1].HeapFloor[p] > 0)
                {
                    var heapFirst = window[0].HeapFloor[p] / 1048576.0;
                    var heapLast = window[^1].HeapFloor[p] / 1048576.0;
                    text.Append(Invariant, $"; managed heap after a collection {heapFirst:0.0} → {heapLast:0.0} MiB ({Change(heapFirst, heapLast)})");
                }
                text.AppendLine();
            }
        }
        return new Report(text.ToString(), Chart(samples, processes, rows.Select(r => (r.Minute, Percentile(r.Latency, 95))).ToList()));
    }

    private static string Change(double first, double last) => string.Create(Invariant, $"{(last - first) / Math.Max(first, 1) * 100:+0;-0;0} %");

    private static string Clock(double seconds) => TimeSpan.FromSeconds(seconds).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", Invariant);

    private static string Percentile(double[] sorted, int p) =>
        sorted.Length == 0 ? "–" : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1)].ToString("0", Invariant);

    /// <summary>Two panels: resident memory of each process over time; p95 upload→ended latency per minute.</summary>
    private static string Chart(IReadOnlyList<Steady.Sample> samples, List<string> processes, List<(int Minute, string P95)> latency)
    {
        const int width = 720, panel = 220, left = 60, top = 30, gap = 60;
        var seconds = Math.Max(60, samples.Count == 0 ? 60 : samples.Max(s => s.Seconds));
        var maxMiB = Math.Max(64, samples.Count == 0 ? 64 : samples.Max(s => s.Resident.Values.DefaultIfEmpty(0).Max()) / 1048576.0) * 1.1;
        var plotWidth = width - left - 170;
        string X(double s) => (left + s / seconds * plotWidth).ToString("0.0", Invariant);
        string Y(double mib) => (top + panel - mib / maxMiB * panel).ToString("0.0", Invariant);

        var svg = new StringBuilder();
        svg.AppendLine(Invariant, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{top + 2 * panel + gap + 40}" font-family="sans-serif" font-size="11">""");
        svg.AppendLine(Invariant, $"""<text x="{left}" y="18" font-size="13">Resident memory per process (MiB) over the run</text>""");
        svg.AppendLine(Invariant, $"""<rect x="{left}" y="{top}" width="{plotWidth}" height="{panel}" fill="none" stroke="#999"/>""");
        for (var tick = 0; tick <= 4; tick++)
        {
            var mib = maxMiB * tick / 4;
            svg.AppendLine(Invariant, $"""<text x="{left - 6}" y="{Y(mib)}" text-anchor="end">{mib:0}</text>""");
        }
        for (var i = 0; i < processes.Count; i++)
        {
            var points = string.Join(' ', samples.Where(s => s.Resident.ContainsKey(processes[i])).Select(s => $"{X(s.Seconds)},{Y(s.Resident[processes[i]] / 1048576.0)}"));
            var colour = Colours[i % Colours.Length];
            svg.AppendLine(Invariant, $"""<polyline fill="none" stroke="{colour}" stroke-width="1.5" points="{points}"/>""");
            svg.AppendLine(Invariant, $"""<text x="{left + plotWidth + 10}" y="{top + 14 + i * 16}" fill="{colour}">{processes[i]}</text>""");
        }
        var top2 = top + panel + gap;
        var p95 = latency.Select(l => double.TryParse(l.P95, NumberStyles.Float, Invariant, out var v) ? v : 0).ToList();
        var maxMs = Math.Max(100, p95.DefaultIfEmpty(0).Max() * 1.1);
        svg.AppendLine(Invariant, $"""<text x="{left}" y="{top2 - 12}" font-size="13">p95 upload → ended (ms) per minute</text>""");
        svg.AppendLine(Invariant, $"""<rect x="{left}" y="{top2}" width="{plotWidth}" height="{panel}" fill="none" stroke="#999"/>""");
        var barWidth = plotWidth / Math.Max(1, latency.Count);
        for (var i = 0; i < latency.Count; i++)
        {
            var height = p95[i] / maxMs * panel;
            svg.AppendLine(Invariant, $"""<rect x="{left + i * barWidth + 4}" y="{top2 + panel - height:0.0}" width="{barWidth - 8}" height="{height:0.0}" fill="#1f77b4"/>""");
            svg.AppendLine(Invariant, $"""<text x="{left + i * barWidth + barWidth / 2}" y="{top2 + panel + 14}" text-anchor="middle">{latency[i].Minute}</text>""");
            svg.AppendLine(Invariant, $"""<text x="{left + i * barWidth + barWidth / 2}" y="{top2 + panel - height - 4:0.0}" text-anchor="middle">{latency[i].P95}</text>""");
        }
        svg.AppendLine(Invariant, $"""<text x="{left + plotWidth / 2}" y="{top2 + panel + 30}" text-anchor="middle">minute</text>""");
        svg.AppendLine("</svg>");
        return svg.ToString();
    }
}
