using System.Text;

namespace Ingest.Api.Batches.Results;

/// <summary>
/// <c>results.csv</c>: one row per file of the batch in upload order, UTF-8 with a byte-order mark (Excel needs it to
/// read the names right), CRLF line ends, every text cell quoted and neutralised (<see cref="CsvCell"/>).
/// </summary>
public static class ResultsCsv
{
    /// <summary>The sub-score columns, in the order reports show them.</summary>
    public static readonly IReadOnlyList<(string Category, string Header)> SubscoreColumns =
    [
        ("ats", "ATS readability"), ("structure", "Structure"), ("content", "Content"), ("skills", "Skills"), ("match", "Job match"),
    ];

    public static readonly IReadOnlyList<string> Headers =
    [
        "File", "Candidate", "Email", "Score", .. SubscoreColumns.Select(c => c.Header),
        "Failed check 1", "Failed check 2", "Failed check 3", "Status", "Failure reason", "Duplicate of", "Report",
    ];

    public static async Task WriteAsync(IAsyncEnumerable<BatchRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        var line = new StringBuilder();
        foreach (var header in Headers)
        {
            Separate(line);
            CsvCell.Write(line, header);
        }
        await FlushLineAsync(line, output, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            Line(line, row);
            await FlushLineAsync(line, output, cancellationToken);
        }
    }

    private static void Line(StringBuilder line, BatchRow row)
    {
        CsvCell.Write(line, row.File);
        Separate(line);
        CsvCell.Write(line, row.Candidate);
        Separate(line);
        CsvCell.Write(line, row.Email);
        Separate(line);
        CsvCell.Write(line, row.Score);
        foreach (var (category, _) in SubscoreColumns)
        {
            Separate(line);
            CsvCell.Write(line, row.Subscores.TryGetValue(category, out var value) ? value : null);
        }
        for (var i = 0; i < 3; i++)
        {
            Separate(line);
            CsvCell.Write(line, i < row.TopFailedChecks.Count ? row.TopFailedChecks[i] : null);
        }
        Separate(line);
        CsvCell.Write(line, row.Status);
        Separate(line);
        CsvCell.Write(line, row.FailureCode is null ? row.FailureReason : $"{row.FailureCode}: {row.FailureReason}");
        Separate(line);
        CsvCell.Write(line, row.DuplicateOf);
        Separate(line);
        CsvCell.Write(line, row.ReportUrl);
    }

    private static void Separate(StringBuilder line)
    {
        if (line.Length > 0)
        {
            line.Append(',');
        }
    }

    private static async Task FlushLineAsync(StringBuilder line, Stream output, CancellationToken cancellationToken)
    {
        line.Append("\r\n");
        await output.WriteAsync(Encoding.UTF8.GetBytes(line.ToString()), cancellationToken);
        line.Clear();
    }
}
