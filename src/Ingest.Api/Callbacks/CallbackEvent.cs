using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Api.Scans;
using Ingest.Data.Scans;

namespace Ingest.Api.Callbacks;

/// <summary>
/// A callback's body, in the Standard Webhooks shape: the event <c>type</c>, when it happened, and the scan as
/// <c>GET /api/v1/scans/{id}</c> shows it (status, score, failure, links, dates).
/// </summary>
public sealed record CallbackEvent(string Type, DateTimeOffset Timestamp, ScanView Data)
{
    public const string Completed = "scan.completed";
    public const string Failed = "scan.failed";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string TypeOf(ScanStatus status) => status == ScanStatus.Completed ? Completed : Failed;

    /// <summary>The event a finished scan sends; links are made absolute when the service knows its public address.</summary>
    public static CallbackEvent Of(Scan scan, Uri? publicBaseUrl)
    {
        var view = ScanView.Of(scan);
        if (publicBaseUrl is not null)
        {
            view = view with { Links = view.Links.ToDictionary(l => l.Key, l => new Uri(publicBaseUrl, l.Value).ToString()) };
        }
        return new CallbackEvent(TypeOf(scan.Status), scan.CompletedAt ?? scan.UpdatedAt, view);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
