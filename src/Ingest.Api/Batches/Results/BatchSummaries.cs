using Ingest.Data;
using Ingest.Data.Batches;
using Microsoft.EntityFrameworkCore;
using Resume.Model;

namespace Ingest.Api.Batches.Results;

/// <summary>
/// A batch's summary: added up from its rows while it runs; once it is complete, added up once and kept on the batch
/// (figures only), so the routes and the notice mail do not read every result again. Erasing one of its scans clears it.
/// </summary>
public sealed class BatchSummaries(IngestDbContext db, BatchRows rows)
{
    public async Task<BatchSummary> GetAsync(Batch batch, CancellationToken cancellationToken)
    {
        if (batch.SummaryJson is { } kept)
        {
            return ResumeJson.Deserialize<BatchSummary>(kept);
        }
        var tally = new SummaryTally();
        await foreach (var row in rows.ReadAsync(batch.Id, cancellationToken))
        {
            tally.Add(row);
        }
        var summary = tally.Build(batch);
        if (batch.Status == BatchStatus.Completed)
        {
            var json = ResumeJson.Serialize(summary, indented: false);
            await db.Batches.Where(b => b.Id == batch.Id && b.Status == BatchStatus.Completed && b.DeletedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(b => b.SummaryJson, json), cancellationToken);
        }
        return summary;
    }
}
