using Ingest.Api.Hosting;
using Ingest.Api.Scans;
using Ingest.Data.Scans;

namespace Ingest.Api.Callbacks;

/// <summary>
/// A scan's callback: <c>scan.completed</c> or <c>scan.failed</c>, with the scan as <c>GET /api/v1/scans/{id}</c> shows
/// it (status, score, failure, dates) and its links made absolute on <c>PublicBaseUrl</c>.
/// </summary>
public sealed record CallbackEvent(string Type, DateTimeOffset Timestamp, ScanView Data)
{
    public const string Completed = "scan.completed";
    public const string Failed = "scan.failed";

    public static string TypeOf(ScanStatus status) => status == ScanStatus.Completed ? Completed : Failed;

    public static CallbackEvent Of(Scan scan, PublicAddressOptions publicAddress)
    {
        var view = ScanView.Of(scan);
        view = view with { Links = view.Links.ToDictionary(l => l.Key, l => publicAddress.Link(l.Value).ToString()) };
        return new CallbackEvent(TypeOf(scan.Status), scan.CompletedAt ?? scan.UpdatedAt, view);
    }

    public string ToJson() => WebhookPayload.ToJson(Type, Timestamp, Data);
}
