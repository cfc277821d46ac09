using System.Globalization;
using System.Text;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>
/// The rows of this run, rendered as the Markdown table <c>docs/reliability.md</c> keeps, and written (after every row,
/// so a run cut short still leaves what it measured) to <c>artifacts/reliability/faults-{profile}.md</c>.
/// </summary>
public static class FaultTable
{
    private static readonly List<FaultRow> Rows = [];

    public static string OutputFile(string profile) => Path.Combine(RepoPaths.Root, "artifacts", "reliability", $"faults-{profile}.md");

    public static string Add(FaultRow row, FaultProfile profile)
    {
        string text;
        lock (Rows)
        {
            Rows.RemoveAll(r => r.Fault == row.Fault);
            Rows.Add(row);
            text = Render(Rows.OrderBy(r => r.Order), profile);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile(profile.Name))!);
        File.WriteAllText(OutputFile(profile.Name), text);
        return text;
    }

    public static string Render(IEnumerable<FaultRow> rows, FaultProfile profile)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Profile `{profile.Name}`: one upload every {profile.Interval.TotalMilliseconds:0} ms from {profile.Before} before each fault until {profile.After} after it was undone, " +
                                                      $"outages held {profile.Outage.TotalSeconds:0} s, the blob store cut for {profile.BlobCut.TotalSeconds:0} s; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.AppendLine("| fault | uploads | completed | failed | lost | duplicated | refused | time to recover | notes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            var failed = row.FailedBy.Length > 0 ? $"{row.Failed} ({row.FailedBy})" : row.Failed.ToString(CultureInfo.InvariantCulture);
            var recovery = row.RecoverySeconds is { } s ? $"{s:0.0} s" : "–";
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {row.Fault} | {row.Uploads} | {row.Completed} | {failed} | {row.Lost} | {row.Duplicated} | {row.Refused} | {recovery} | {row.Notes} |");
        }
        return text.ToString();
    }
}
