using Ingest.Api.Scans;
using Ingest.Api.Subscribers;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches;

/// <summary>
/// The absolute links a batch's results and notices carry, on the service's public address (a setting, never the
/// request's Host header): a student's report, and the batch in the career-centre view.
/// </summary>
public sealed class BatchLinks(IOptions<SubscriberOptions> options)
{
    private string Root => options.Value.PublicBaseUrl.TrimEnd('/');

    public string ReportPdf(Guid scanId) => $"{Root}{ScanView.PathOf(scanId)}/report.pdf";

    /// <summary>The batch in the career-centre view, which asks for the key (a link in a mail cannot carry it).</summary>
    public string Centre(Guid batchId) => $"{Root}/centre#batch={Pipeline.Contracts.BlobNames.Id(batchId)}";

    public string Route(Guid batchId, string route) => $"{Root}{BatchView.PathOf(batchId)}/{route}";
}
