using System.Text.Json;

namespace Pipeline.Cli.Submit;

/// <summary>A batch as the API shows it (<c>GET /api/v1/batches/{id}</c> and every event of its stream).</summary>
public sealed record BatchStatus(
    string Id,
    string Status,
    int Total,
    int Completed,
    int Failed,
    int Skipped,
    int Duplicates,
    double? ResumesPerMinute,
    double? EstimatedSecondsLeft,
    List<BatchEntryStatus>? Entries)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public int Ended => Completed + Failed;

    public bool IsComplete => Status == "completed";
}

/// <summary>An entry that is not a scan of its own: refused (with the reason) or a duplicate.</summary>
public sealed record BatchEntryStatus(string Name, string Status, string Code, string Message, string? DuplicateOf);
