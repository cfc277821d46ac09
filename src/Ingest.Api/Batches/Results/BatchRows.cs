using System.Runtime.CompilerServices;
using System.Text.Json;
using Ingest.Api.Scans;
using Ingest.Data;
using Ingest.Data.Batches;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Batches.Results;

/// <summary>
/// A batch's files in upload order with what became of each: the scans (with their parsed resume and score read from
/// the blob store, several at a time, a page of scans at a time so memory stays bounded) merged with the refused and
/// duplicate entries. A duplicate carries the figures of the file it duplicates.
/// </summary>
public sealed class BatchRows(IngestDbContext db, IBlobStore blobs, BatchLinks links)
{
    private const int PageSize = 64;
    private const int ParallelReads = 8;
    private const int FailedChecksShown = 3;

    public async IAsyncEnumerable<BatchRow> ReadAsync(Guid batchId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var entries = new Queue<BatchEntry>(await db.BatchEntries.AsNoTracking()
            .Where(e => e.BatchId == batchId).OrderBy(e => e.Index).ToListAsync(cancellationToken));
        var originals = new Dictionary<string, BatchRow>(StringComparer.Ordinal);
        var after = -1;
        while (true)
        {
            var page = await db.Scans.AsNoTracking()
                .Where(s => s.BatchId == batchId && s.EntryIndex > after)
                .OrderBy(s => s.EntryIndex)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            var rows = await ReadPageAsync(page, cancellationToken);
            var until = page.Count < PageSize ? int.MaxValue : page[^1].EntryIndex!.Value;
            foreach (var row in rows)
            {
                while (entries.TryPeek(out var entry) && entry.Index < row.Index)
                {
                    yield return EntryRow(entries.Dequeue(), originals);
                }
                originals[row.File] = row with { Resume = null, Report = null };
                yield return row;
            }
            while (entries.TryPeek(out var entry) && entry.Index < until)
            {
                yield return EntryRow(entries.Dequeue(), originals);
            }
            if (page.Count < PageSize)
            {
                yield break;
            }
            after = until;
        }
    }

    private async Task<BatchRow[]> ReadPageAsync(List<Scan> page, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(ParallelReads);
        return await Task.WhenAll(page.Select(async scan =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await RowOfAsync(scan, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    private async Task<BatchRow> RowOfAsync(Scan scan, CancellationToken cancellationToken)
    {
        var index = scan.EntryIndex ?? 0;
        if (scan.DeletedAt is not null)
        {
            return new BatchRow(index, "", BatchRow.Deleted) { ScanId = scan.Id };
        }
        var reached = ScanProgress.Reached(scan);
        var resume = reached >= ScanStatus.Parsed ? await ReadAsync<ResumeDocument>(BlobNames.Parsed(scan.Id), cancellationToken) : null;
        var report = reached >= ScanStatus.Scored ? await ReadAsync<ScoreReport>(BlobNames.Score(scan.Id), cancellationToken) : null;
        return new BatchRow(index, scan.EntryName ?? "", ScanProgress.Name(scan.Status))
        {
            ScanId = scan.Id,
            Candidate = resume?.Basics.Name,
            Email = resume?.Basics.Email,
            Score = scan.Score ?? report?.Score,
            Subscores = report?.Subscores ?? new Dictionary<string, int>(),
            TopFailedChecks = report?.Checks.Where(c => c.Status == CheckStatus.Fail)
                .OrderByDescending(c => c.Weight).ThenBy(c => c.Score).Take(FailedChecksShown).Select(c => c.Title).ToList() ?? [],
            FailureCode = scan.Status == ScanStatus.Failed ? scan.FailureCode : null,
            FailureReason = scan.Status == ScanStatus.Failed ? scan.FailureMessage : null,
            ReportUrl = scan.Status == ScanStatus.Completed ? links.ReportPdf(scan.Id) : null,
            Resume = resume,
            Report = report,
        };
    }

    private static BatchRow EntryRow(BatchEntry entry, Dictionary<string, BatchRow> originals)
    {
        if (entry.Kind == BatchEntryKind.Duplicate && entry.DuplicateOf is { } of && originals.TryGetValue(of, out var original))
        {
            return original with { Index = entry.Index, File = entry.Name, Status = BatchRow.Duplicate, DuplicateOf = of };
        }
        return entry.Kind == BatchEntryKind.Duplicate
            ? new BatchRow(entry.Index, entry.Name, BatchRow.Duplicate) { DuplicateOf = entry.DuplicateOf }
            : new BatchRow(entry.Index, entry.Name, BatchRow.Refused) { FailureCode = entry.Code, FailureReason = entry.Message };
    }

    /// <summary>A stage's result, or null when it is not there (erased meanwhile) or cannot be read.</summary>
    private async Task<T?> ReadAsync<T>(string blob, CancellationToken cancellationToken) where T : class
    {
        await using var content = await blobs.OpenReadAsync(blob, cancellationToken);
        if (content is null)
        {
            return null;
        }
        try
        {
            return await JsonSerializer.DeserializeAsync<T>(content, ResumeJson.Options, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
