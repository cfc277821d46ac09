using System.Diagnostics;
using System.Text.Json;
using Ingest.Data.Outbox;
using Pipeline.Contracts;

namespace Ingest.Api.Outbox;

/// <summary>Turns contract messages into outbox rows and back. Only the contracts listed here can go through the outbox.</summary>
public static class OutboxEnvelope
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<string, Type> Types = new[]
    {
        typeof(ResumeUploaded), typeof(ResumeParsed), typeof(ResumeScored), typeof(ReportRendered), typeof(ScanFailed),
    }.ToDictionary(t => t.Name, StringComparer.Ordinal);

    /// <summary>A row for <paramref name="message"/>, carrying the current trace (the request that wrote it) if there is one.</summary>
    public static OutboxMessage Create<T>(T message, Guid? scanId, DateTimeOffset now) where T : class => new()
    {
        TraceParent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null,
        TraceState = Activity.Current?.TraceStateString is { Length: > 0 and <= OutboxMessage.TraceStateLength } state ? state : null,
        Id = Guid.NewGuid(),
        ScanId = scanId,
        MessageType = Types.ContainsKey(typeof(T).Name) ? typeof(T).Name : throw new ArgumentException($"{typeof(T).Name} is not an outbox contract."),
        Payload = JsonSerializer.Serialize(message, Json),
        CreatedAt = now,
        NextAttemptAt = now,
    };

    /// <summary>The trace the row was written in, to publish it as part of that trace; default when it has none.</summary>
    public static ActivityContext ParentOf(OutboxMessage row) =>
        row.TraceParent is not null && ActivityContext.TryParse(row.TraceParent, row.TraceState, isRemote: true, out var parent) ? parent : default;

    public static (object Message, Type Type) Open(OutboxMessage row)
    {
        var type = Types.TryGetValue(row.MessageType, out var t) ? t : throw new InvalidOperationException($"Unknown outbox message type {row.MessageType}.");
        return (JsonSerializer.Deserialize(row.Payload, type, Json) ?? throw new InvalidOperationException($"Outbox row {row.Id} is empty."), type);
    }
}
