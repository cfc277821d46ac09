using Ingest.Data.Callbacks;

namespace Ingest.Api.Callbacks.Deliveries;

/// <summary>A callback as its tenant sees it: where it goes, how it stands, and every attempt.</summary>
/// <param name="Id">The delivery's id, for <c>…/deliveries/{id}/retry</c>.</param>
/// <param name="WebhookId">The <c>webhook-id</c> header every attempt carried.</param>
/// <param name="Status"><c>pending</c> (an attempt is due at <paramref name="NextAttemptAt"/>), <c>delivered</c>, or <c>failed</c> (given up: retries ran out, or the receiver answered 410 Gone).</param>
/// <param name="LastError">Why the last failed attempt failed; kept once a later attempt delivered it.</param>
/// <param name="Attempts">Every attempt, oldest first.</param>
public sealed record DeliveryView(
    Guid Id,
    string WebhookId,
    string Event,
    string Url,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? DeliveredAt,
    DateTimeOffset? GaveUpAt,
    int? LastStatusCode,
    string? LastError,
    IReadOnlyList<AttemptView> Attempts)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static DeliveryView Of(CallbackDelivery delivery, IEnumerable<CallbackAttempt> attempts) => new(
        delivery.Id,
        WebhookSignature.IdOf(delivery.Id),
        delivery.Event,
        delivery.Url,
        delivery.DeliveredAt is not null ? Delivered : delivery.GaveUpAt is not null ? Failed : Pending,
        delivery.CreatedAt,
        delivery.DeliveredAt is null && delivery.GaveUpAt is null ? delivery.NextAttemptAt : null,
        delivery.DeliveredAt,
        delivery.GaveUpAt,
        delivery.LastStatusCode,
        delivery.LastError,
        attempts.OrderBy(a => a.AttemptedAt).Select(a => new AttemptView(a.AttemptedAt, a.DurationMilliseconds, a.StatusCode, a.Error, a.NextAttemptAt)).ToList());
}

/// <param name="At">When the attempt started.</param>
/// <param name="StatusCode">The receiver's HTTP status; null when it could not be reached or did not answer in time.</param>
/// <param name="Error">Why it failed; null when it delivered.</param>
/// <param name="NextAttemptAt">When the next attempt was scheduled after this one; null after the last.</param>
public sealed record AttemptView(DateTimeOffset At, int DurationMilliseconds, int? StatusCode, string? Error, DateTimeOffset? NextAttemptAt);

/// <param name="Deliveries">One per event, oldest first.</param>
public sealed record DeliveryList(IReadOnlyList<DeliveryView> Deliveries);
