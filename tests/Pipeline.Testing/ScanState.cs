using System.Text.Json;

namespace Pipeline.Testing;

/// <summary>A scan as <c>GET /api/v1/scans/{id}</c> shows it.</summary>
public sealed record ScanState(
    string Id,
    string Status,
    string Role,
    int? Score,
    ScanFailureState? Failure,
    Dictionary<string, string> Links,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CompletedAt)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool IsFinal => Status is "completed" or "failed";

    /// <summary>The order statuses may only move in.</summary>
    public static int Rank(string status) => status switch
    {
        "accepted" => 0,
        "parsed" => 1,
        "scored" => 2,
        "completed" or "failed" => 3,
        _ => throw new ArgumentException($"Unknown status '{status}'."),
    };
}

public sealed record ScanFailureState(string Stage, string Code, string Message);
