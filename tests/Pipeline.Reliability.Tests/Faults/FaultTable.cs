using System.Globalization;
using System.Text;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// The rows of this run, rendered as the Markdown tables <c>docs/reliability.md</c> keeps (the single scans of each
/// fault, then the batch that ran through it), and written (after every fault, so a run cut short still leaves what it
/// measured) to <c>artifacts/reliability/faults-{profile}.md</c>.
/// </summary>
public static class FaultTable
{
    private static readonly List<FaultRow> Rows = [];
    private static readonly List<BatchFaultRow> BatchRows = [];

    public static string OutputFile(string profile) => Path.Combine(RepoPaths.Root, "artifacts", "reliability", $"faults-{profile}.md");

    public static string Add(FaultFindings findings, FaultProfile profile)
    {
        string text;
        lock (Rows)
        {
            Rows.RemoveAll(r => r.Fault == findings.Row.Fault);
            Rows.Add(findings.Row);
            BatchRows.RemoveAll(r => r.Fault == findings.Row.Fault);
            if (findings.BatchRow is { } batch)
            {
                BatchRows.Add(batch);
            }
            text = Render(Rows.OrderBy(r => r.Order), BatchRows.OrderBy(r => r.Order), profile);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile(profile.Name))!);
        File.WriteAllText(OutputFile(profile.Name), text);
        return text;
    }

    public static string Render(IEnumerable<FaultRow> rows, IEnumerable<BatchFaultRow> batchRows, FaultProfile profile)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Profile `{profile.Name}`: one upload every {profile.Interval.TotalMilliseconds:0} ms from {profile.Before} before each fault until {profile.After} after it was undone, " +
                                                      $"and a batch of {profile.BatchSize} files sent just before it; outages held {profile.Outage.TotalSeconds:0} s, the blob store cut for {profile.BlobCut.TotalSeconds:0} s; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("Single scans:");
        text.AppendLine();
        text.AppendLine("| fault | uploads | completed | failed | lost | duplicated | refused | time to recover | notes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Fault} | {row.Uploads} | {row.Completed} | {WithCodes(row.Failed, row.FailedBy)} | {row.Lost} | {row.Duplicated} | {row.Refused} | {Seconds(row.RecoverySeconds)} | {row.Notes} |");
        }
        text.AppendLine();
        text.AppendLine("The batch through the same fault (time to recover: from the fault undone to the batch complete):");
        text.AppendLine();
        text.AppendLine("| fault | files | completed | failed | skipped | duplicates | lost | ended twice | CSV rows matched | `batch.completed` events | mails | time to recover | notes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in batchRows)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Fault} | {row.Files} | {row.Completed} | {WithCodes(row.Failed, row.FailedBy)} | {row.Skipped} | {row.Duplicates} | {row.Lost} | {row.EndedTwice} | " +
                $"{row.CsvMatched} of {row.CsvRows} | {row.Callbacks} | {row.Mails} | {Seconds(row.RecoverySeconds)} | {row.Notes} |");
        }
        return text.ToString();
    }

    private static string WithCodes(int failed, string by) => by.Length > 0 ? $"{failed} ({by})" : failed.ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double? seconds) => seconds is { } s ? $"{s:0.0} s" : "–";
}
