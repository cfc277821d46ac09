using System.IO.Compression;
using Ingest.Data;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Ingest.Api.Batches.Results;

/// <summary>
/// <c>GET /api/v1/batches/{id}/reports.zip</c>: every completed student's report PDF and optimized resume (PDF, DOCX),
/// named after the file they came from (<c>cohort/ana.pdf.report.pdf</c>, as <c>pipeline scan</c> names its outputs).
/// The archive is written straight into the response, one file after another from the blob store: never held whole.
/// </summary>
public static class GetReports
{
    private static readonly (string Suffix, Func<Guid, string> Blob)[] Files =
    [
        (".report.pdf", BlobNames.ReportPdf), (".optimized.pdf", BlobNames.OptimizedPdf), (".optimized.docx", BlobNames.OptimizedDocx),
    ];

    private const int PageSize = 200;

    public static async Task<IResult> HandleAsync(Guid id, HttpContext context, IngestDbContext db, IBlobStore blobs, CancellationToken cancellationToken)
    {
        var (batch, problem) = await BatchLookup.FindAsync(db, context, id, cancellationToken);
        if (batch is null)
        {
            return problem!;
        }
        var response = context.Response;
        response.ContentType = "application/zip";
        response.Headers.ContentDisposition = $"attachment; filename=\"batch-{BlobNames.Id(id)}-reports.zip\"";
        response.Headers.CacheControl = "private, no-store";
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var body = new SyncWriteBuffer(response.Body);
        await using (var zip = await ZipArchive.CreateAsync(body, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, cancellationToken))
        {
            var after = -1;
            while (true)
            {
                var page = await db.Scans.AsNoTracking()
                    .Where(s => s.BatchId == id && s.EntryIndex > after && s.Status == ScanStatus.Completed && s.DeletedAt == null)
                    .OrderBy(s => s.EntryIndex)
                    .Select(s => new { s.Id, s.EntryName, Index = s.EntryIndex!.Value })
                    .Take(PageSize)
                    .ToListAsync(cancellationToken);
                foreach (var scan in page)
                {
                    foreach (var (suffix, blob) in Files)
                    {
                        await using var content = await blobs.OpenReadAsync(blob(scan.Id), cancellationToken);
                        if (content is null)
                        {
                            continue;
                        }
                        var entry = zip.CreateEntry(Unique(names, (scan.EntryName ?? BlobNames.Id(scan.Id)) + suffix), CompressionLevel.Fastest);
                        await using (var target = await entry.OpenAsync(cancellationToken))
                        {
                            await content.CopyToAsync(target, cancellationToken);
                        }
                        await body.FlushAsync(cancellationToken);
                    }
                }
                if (page.Count < PageSize)
                {
                    break;
                }
                after = page[^1].Index;
            }
        }
        return TypedResults.Empty;
    }

    /// <summary>Two files of one name (possible when files are sent one by one) get "(2)", "(3)" before their suffix.</summary>
    private static string Unique(HashSet<string> names, string name)
    {
        var candidate = name;
        for (var n = 2; !names.Add(candidate); n++)
        {
            var dot = name.IndexOf('.', Math.Max(0, name.LastIndexOf('/') + 1));
            candidate = dot < 0 ? $"{name} ({n})" : $"{name[..dot]} ({n}){name[dot..]}";
        }
        return candidate;
    }
}
