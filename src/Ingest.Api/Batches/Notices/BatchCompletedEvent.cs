using Ingest.Api.Callbacks;
using Ingest.Data.Batches;

namespace Ingest.Api.Batches.Notices;

/// <summary>
/// The <c>batch.completed</c> callback: the batch as <c>GET /api/v1/batches/{id}</c> shows it (without its entries),
/// with its links made absolute on <c>PublicBaseUrl</c>.
/// </summary>
public static class BatchCompletedEvent
{
    public const string Type = "batch.completed";

    public static string ToJson(Batch batch, BatchLinks links)
    {
        var finished = batch.FinishedAt ?? batch.CreatedAt;
        var view = BatchView.Of(batch, finished);
        view = view with { Links = view.Links.ToDictionary(l => l.Key, l => links.Absolute(l.Value)) };
        return WebhookPayload.ToJson(Type, finished, view);
    }
}
