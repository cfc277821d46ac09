using System.Text.Json;

namespace Pipeline.Testing;

/// <summary>A batch as <c>GET /api/v1/batches/{id}</c> shows it.</summary>
public sealed record BatchState(
    string Id,
    string Status,
    string Role,
    int Total,
    int Completed,
    int Failed,
    int Skipped,
    int Duplicates,
    DateTimeOffset CreatedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? FinishedAt,
    double? ResumesPerMinute,
    double? EstimatedSecondsLeft,
    Dictionary<string, string> Links,
    List<BatchEntryState>? Entries)
{
    public static readonly JsonSerializerOptions Json = ScanState.Json;

    public bool IsComplete => Status == "completed";

    /// <summary>The entry listed under <paramref name="name"/>; throws when there is none.</summary>
    public BatchEntryState Entry(string name) =>
        Entries?.SingleOrDefault(e => e.Name == name) ?? throw new InvalidOperationException($"No entry '{name}' in: {string.Join(", ", Entries?.Select(e => e.Name) ?? [])}");
}

public sealed record BatchEntryState(string Name, string Status, string Code, string Message, string? DuplicateOf);
