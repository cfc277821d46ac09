using Ingest.Api.Hosting;
using Ingest.Api.Scans;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches;

/// <summary>
/// The absolute links a batch's results and notices carry, on <c>PublicBaseUrl</c> (a setting, never the request's
/// Host header): a student's report, the batch's routes, and the batch in the career-centre view.
/// </summary>
public sealed class BatchLinks(IOptions<PublicAddressOptions> options)
{
    public string ReportPdf(Guid scanId) => options.Value.Link($"{ScanView.PathOf(scanId)}/report.pdf").ToString();

    /// <summary>The batch in the career-centre view, which asks for the key (a link in a mail cannot carry it).</summary>
    public string Centre(Guid batchId) => options.Value.Link($"centre#batch={Pipeline.Contracts.BlobNames.Id(batchId)}").ToString();

    public string Route(Guid batchId, string route) => options.Value.Link($"{BatchView.PathOf(batchId)}/{route}").ToString();

    /// <summary>A path the API answers with, made absolute.</summary>
    public string Absolute(string path) => options.Value.Link(path).ToString();
}
