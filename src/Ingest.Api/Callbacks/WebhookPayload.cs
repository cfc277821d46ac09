using System.Text.Json;

namespace Ingest.Api.Callbacks;

/// <summary>
/// The body of every callback, in the Standard Webhooks shape: the event <c>type</c>, when it happened, and the subject
/// as its own route shows it. Scan events carry a <see cref="Scans.ScanView"/>; other subjects bring their own view.
/// </summary>
public static class WebhookPayload
{
    // Members without a value are written as null, as the API's own answers write them.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson<TData>(string type, DateTimeOffset timestamp, TData data) =>
        JsonSerializer.Serialize(new Envelope<TData>(type, timestamp, data), Json);

    private sealed record Envelope<TData>(string Type, DateTimeOffset Timestamp, TData Data);
}
