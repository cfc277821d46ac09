using System.Globalization;
using System.Text;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Hostile;

/// <summary>
/// The hostile-input rows of this run as the Markdown table <c>docs/reliability.md</c> keeps, written after every row
/// to <c>artifacts/reliability/hostile.md</c> (a run cut short still leaves what it measured).
/// </summary>
public static class HostileTable
{
    private static readonly List<HostileRow> Rows = [];

    public static string OutputFile => Path.Combine(RepoPaths.Root, "artifacts", "reliability", "hostile.md");

    public static string Add(HostileRow row)
    {
        string text;
        lock (Rows)
        {
            Rows.RemoveAll(r => r.Kind == row.Kind);
            Rows.Add(row);
            text = Render(Rows.OrderBy(r => r.Order));
        }
        Directory.CreateDirectory(Path.GetDirectoryName(OutputFile)!);
        File.WriteAllText(OutputFile, text);
        return text;
    }

    public static string Render(IEnumerable<HostileRow> rows)
    {
        var list = rows.ToList();
        var services = list.SelectMany(r => r.Memory.Select(m => m.Service)).Distinct().ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{list.Count} kinds, each sent alone through the four services as processes; peak resident memory (MiB) while it went through, the parse worker's parser processes apart; {Environment.ProcessorCount} cores.");
        text.AppendLine();
        text.Append("| kind | size | answer | code |");
        foreach (var service in services)
        {
            text.Append(' ').Append(service).Append(" |");
        }
        text.AppendLine(" parser processes |");
        text.Append("|---|---:|---|---|").Append(string.Concat(Enumerable.Repeat("---:|", services.Count))).AppendLine("---:|");
        foreach (var row in list)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {row.Kind} | {row.Size} | {row.Answer} | {row.Code} |");
            foreach (var service in services)
            {
                var peak = row.Memory.FirstOrDefault(m => m.Service == service).Peak;
                text.Append(CultureInfo.InvariantCulture, $" {peak / (1024.0 * 1024):0} |");
            }
            var children = row.Memory.Max(m => m.ChildPeak);
            text.AppendLine(children > 0 ? string.Create(CultureInfo.InvariantCulture, $" {children / (1024.0 * 1024):0} |") : " – |");
        }
        return text.ToString();
    }
}
