using System.Text.Json;
using Ingest.Data;
using Ingest.Data.Candidates;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Pipeline.Contracts;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Candidates;

/// <summary>
/// When an anonymous scan completes, keeps what the digest may tell the person whose resume it was: the keyed hash of
/// the address the parser found (<see cref="CandidateKeys"/>), the score, and the check whose fix would raise the score
/// most. Tenants' scans are left out: their candidates are the tenant's, never mailed by us. Runs for every completion
/// event (a redelivery too) and records once.
/// </summary>
public sealed class CandidateScanRecorder(IngestDbContext db, IBlobStore blobs, CandidateKeys keys)
{
    /// <summary>Parsed resumes are our own parser's output; one larger than this is not read for an address.</summary>
    private const int MaxParsedBytes = 4 * 1024 * 1024;

    public async Task RecordAsync(Guid scanId, CancellationToken cancellationToken)
    {
        var scan = await db.Scans.AsNoTracking()
            .Where(s => s.Id == scanId && s.TenantId == null && s.Status == ScanStatus.Completed && s.DeletedAt == null && s.Score != null
                        && !db.CandidateScans.Any(c => c.ScanId == s.Id))
            .Select(s => new { s.Id, s.Score, s.CompletedAt })
            .FirstOrDefaultAsync(cancellationToken);
        if (scan is null || await EmailOfAsync(scan.Id, cancellationToken) is not { } email)
        {
            return;
        }
        var best = await BestFixAsync(scan.Id, cancellationToken);
        db.CandidateScans.Add(new CandidateScan
        {
            ScanId = scan.Id,
            CandidateKey = await keys.OfAsync(email, cancellationToken),
            Score = scan.Score!.Value,
            CheckId = best?.Id,
            CheckTitle = best?.Title,
            CheckGain = best?.Gain,
            CompletedAt = scan.CompletedAt ?? DateTimeOffset.UtcNow,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A redelivered event recorded it at the same moment, or the scan was erased meanwhile: either way nothing to add.
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task<string?> EmailOfAsync(Guid scanId, CancellationToken cancellationToken)
    {
        using var document = await ReadAsync(BlobNames.Parsed(scanId), cancellationToken);
        if (document is null || !document.RootElement.TryGetProperty("basics", out var basics) || basics.ValueKind != JsonValueKind.Object
            || !basics.TryGetProperty("email", out var email) || email.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var address = email.GetString()!.Trim();
        return address.Length is > 3 and <= 254 && address.Contains('@', StringComparison.Ordinal) ? address : null;
    }

    /// <summary>
    /// The check that costs the score most: its weight times what it fell short of full marks. Fixing it in full raises
    /// the overall score (the weighted mean of the checks) by that over the sum of weights.
    /// </summary>
    private async Task<(string Id, string Title, int Gain)?> BestFixAsync(Guid scanId, CancellationToken cancellationToken)
    {
        using var document = await ReadAsync(BlobNames.Score(scanId), cancellationToken);
        if (document is null || !document.RootElement.TryGetProperty("checks", out var checks) || checks.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        var all = checks.EnumerateArray()
            .Where(c => c.ValueKind == JsonValueKind.Object)
            .Select(c => (
                Id: Text(c, "id"),
                Title: Text(c, "title"),
                Status: Text(c, "status"),
                Weight: Number(c, "weight"),
                Score: Number(c, "score")))
            .Where(c => c.Id.Length > 0 && c.Weight > 0)
            .ToList();
        var total = all.Sum(c => c.Weight);
        var best = all.Where(c => c.Status != CheckStatus.Pass && c.Score < 100).OrderByDescending(c => c.Weight * (100 - c.Score)).FirstOrDefault();
        if (best.Id is null || total == 0)
        {
            return null;
        }
        var gain = (int)Math.Round((double)best.Weight * (100 - best.Score) / total, MidpointRounding.AwayFromZero);
        return (Cut(best.Id, CandidateScan.CheckIdLength), Cut(best.Title, CandidateScan.CheckTitleLength), Math.Max(gain, 1));
    }

    private async Task<JsonDocument?> ReadAsync(string blob, CancellationToken cancellationToken)
    {
        await using var stream = await blobs.OpenReadAsync(blob, cancellationToken);
        if (stream is null)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxParsedBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        try
        {
            return JsonDocument.Parse(buffer.ToArray());
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;

    private static string Cut(string text, int length) => text.Length > length ? text[..length] : text;
}
