using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Ingest.Api.Batches.Release;
using Ingest.Api.Callbacks;
using Ingest.Api.Monitoring;
using Ingest.Api.Problems;
using Ingest.Api.Scans;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Subscribers.Subscribe;
using Ingest.Api.Tenants;
using Ingest.Data;
using Ingest.Data.Batches;
using Ingest.Data.Scans;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pipeline.Contracts;
using Pipeline.Storage;
using Resume.Model;
using Resume.Scoring;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// <c>POST /api/v1/batches</c>: judges every entry (streaming each acceptable one into the blob store), then writes the
/// batch, a scan per resume and a row per refused or duplicate entry in one transaction. Nothing is queued here: the
/// release loop hands the scans to the pipeline a few at a time. Whatever went wrong before the commit (a refusal, a
/// malformed archive, a cancelled upload) leaves nothing stored.
/// </summary>
public static partial class SubmitBatch
{
    /// <summary>When the request names no role, each resume is scored against the guide it fits best.</summary>
    public const string DefaultRole = RoleGuideCatalog.Auto;

    public static async Task<IResult> HandleAsync(
        HttpRequest request,
        BatchUploadReader reader,
        ArchiveReader archives,
        IngestDbContext db,
        IBlobStore blobs,
        CallbackUrlCheck callbackCheck,
        ReleaseSignal release,
        ScanMetrics metrics,
        IOptions<BatchOptions> options,
        TimeProvider time,
        ILogger<BatchIntake> logger,
        CancellationToken cancellationToken)
    {
        var tenant = TenantCaller.Of(request.HttpContext)!;
        var idempotencyKey = request.Headers[SubmitScan.IdempotencyKeyHeader].ToString();
        if (SubmitScan.IdempotencyKeyProblem(idempotencyKey) is { } keyProblem)
        {
            return keyProblem;
        }

        var batchId = ScanIds.New();
        var started = Stopwatch.GetTimestamp();
        var intake = new BatchIntake(blobs, options.Value);
        BatchForm? form = null;
        try
        {
            form = await reader.ReadAsync(request, intake, cancellationToken);
            if ((Refusal(form) ?? await CallbackRefusalAsync(form, callbackCheck, cancellationToken)) is { } refusal)
            {
                await DiscardAsync(intake, blobs, batchId);
                return refusal;
            }
            var role = string.IsNullOrWhiteSpace(form.Role) ? DefaultRole : form.Role.Trim();
            var jobDescription = string.IsNullOrWhiteSpace(form.JobDescription) ? null : form.JobDescription;
            var callbackUrl = string.IsNullOrWhiteSpace(form.CallbackUrl) ? null : form.CallbackUrl.Trim();
            var contactEmail = string.IsNullOrWhiteSpace(form.ContactEmail) ? null : EmailAddress.Normalize(form.ContactEmail, out _);
            var fingerprint = Fingerprint(form, role, jobDescription, callbackUrl, contactEmail);
            var key = idempotencyKey.Length == 0 ? null : idempotencyKey;

            // A retry of a ZIP is known before a single entry is read.
            if (key is not null && await ReplayAsync(db, tenant, key, fingerprint, time, cancellationToken) is { } replay)
            {
                await DiscardAsync(intake, blobs, batchId);
                return replay;
            }
            if (form.Archive is { } archive)
            {
                await archives.ReadAsync(archive, intake, cancellationToken);
            }
            await intake.CompleteAsync();
            if (!intake.Accepted.Any())
            {
                await DiscardAsync(intake, blobs, batchId);
                return NoResumes(intake);
            }
            if (jobDescription is not null)
            {
                await blobs.PutTextAsync(BlobNames.JobDescription(batchId), jobDescription, "text/plain; charset=utf-8", cancellationToken);
            }

            var judged = Stopwatch.GetElapsedTime(started);
            var now = time.GetUtcNow();
            var batch = new Batch
            {
                Id = batchId,
                TenantId = tenant.TenantId,
                Status = BatchStatus.Accepted,
                Role = role,
                HasJobDescription = jobDescription is not null,
                CallbackUrl = callbackUrl,
                ContactEmail = contactEmail,
                SourceName = form.Archive is null ? null : Clip(Path.GetFileName(EntryName.Normalize(form.Archive.FileName)), Batch.SourceNameLength),
                IdempotencyKey = key,
                RequestFingerprint = fingerprint,
                Total = intake.Accepted.Count(),
                Skipped = intake.Entries.OfType<RefusedEntry>().Count(),
                Duplicates = intake.Entries.OfType<DuplicateEntry>().Count(),
                CreatedAt = now,
            };
            db.Batches.Add(batch);
            db.Scans.AddRange(intake.Accepted.Select(entry => ScanOf(entry, batch, now)));
            var entries = intake.Entries.Where(e => e is not AcceptedEntry).Select(entry => EntryOf(entry, batchId)).ToList();
            db.BatchEntries.AddRange(entries);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (key is not null)
            {
                // Two requests with one key raced; the other one's batch stands.
                db.ChangeTracker.Clear();
                await DiscardAsync(intake, blobs, batchId);
                return await ReplayAsync(db, tenant, key, fingerprint, time, cancellationToken)
                       ?? throw new InvalidOperationException("Idempotency conflict without a batch.");
            }
            release.Notify();
            foreach (var entry in intake.Accepted)
            {
                metrics.Accepted(entry.Kind, entry.SizeBytes);
            }
            LogAccepted(logger, batchId, batch.Total, batch.Skipped, batch.Duplicates, judged.TotalMilliseconds, (Stopwatch.GetElapsedTime(started) - judged).TotalMilliseconds);
            return TypedResults.Accepted(BatchView.PathOf(batchId), BatchView.Of(batch, now, entries));
        }
        catch (MalformedArchiveException e)
        {
            await DiscardAsync(intake, blobs, batchId);
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Damaged archive", $"{e.Message} Nothing of it was kept.", ProblemTypes.CorruptArchive, Stages.Upload);
        }
        catch (TooManyEntriesException e)
        {
            await DiscardAsync(intake, blobs, batchId);
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Too many entries", $"{e.Message} Split it into several batches.", ProblemTypes.TooManyEntries, Stages.Upload);
        }
        catch
        {
            // Nothing was committed (a failure, or the caller went away): whatever reached the blob store goes.
            await DiscardAsync(intake, blobs, batchId);
            throw;
        }
        finally
        {
            if (form is not null)
            {
                await form.DisposeAsync();
            }
        }
    }

    private static Scan ScanOf(AcceptedEntry entry, Batch batch, DateTimeOffset now) => new()
    {
        Id = entry.ScanId,
        TenantId = batch.TenantId,
        BatchId = batch.Id,
        Status = ScanStatus.Accepted,
        Role = batch.Role,
        HasJobDescription = batch.HasJobDescription,
        FileName = Clip(Path.GetFileName(entry.Name), Scan.FileNameLength),
        EntryName = entry.Name,
        EntryIndex = entry.Index,
        SizeBytes = entry.SizeBytes,
        ContentSha256 = entry.Sha256Hex,
        CreatedAt = now,
        UpdatedAt = now,
    };

    private static BatchEntry EntryOf(IntakeEntry entry, Guid batchId) => entry switch
    {
        DuplicateEntry duplicate => new BatchEntry
        {
            BatchId = batchId, Index = entry.Index, Name = entry.Name, Kind = BatchEntryKind.Duplicate, Code = EntryCodes.Duplicate,
            Message = $"The same file as {Clip(duplicate.DuplicateOf, 300)}, which is scanned for both.", DuplicateOf = duplicate.DuplicateOf, SizeBytes = entry.SizeBytes,
        },
        RefusedEntry refused => new BatchEntry
        {
            BatchId = batchId, Index = entry.Index, Name = entry.Name, Kind = BatchEntryKind.Refused, Code = refused.Code,
            Message = Clip(refused.Message, BatchEntry.MessageLength), SizeBytes = entry.SizeBytes,
        },
        _ => throw new ArgumentException("An accepted entry is a scan, not an entry row.", nameof(entry)),
    };

    private static IResult? Refusal(BatchForm form)
    {
        if (form.Rejection is not null)
        {
            return form.Rejection;
        }
        if (form.Archive is null && form.FileCount == 0 && form.Errors.Count == 0)
        {
            form.AddError("file", "Attach one ZIP of resumes in a field named 'file', or the resumes in repeated fields named 'files'.");
        }
        if (form.Role is { } role && !string.IsNullOrWhiteSpace(role) && !RoleGuideCatalog.BuiltIn.Accepts(role.Trim()))
        {
            form.AddError("role", $"Unknown role '{role.Trim()}'. Use '{RoleGuideCatalog.Auto}' for the guide each resume fits best, or one of: {string.Join(", ", RoleGuideCatalog.BuiltIn.Roles.Order(StringComparer.Ordinal))}.");
        }
        if (!string.IsNullOrWhiteSpace(form.ContactEmail) && EmailAddress.Normalize(form.ContactEmail, out var error) is null)
        {
            form.AddError("contactEmail", error!);
        }
        return form.ValidationProblem();
    }

    private static async Task<IResult?> CallbackRefusalAsync(BatchForm form, CallbackUrlCheck check, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(form.CallbackUrl) || await check.RefusalAsync(form.CallbackUrl, cancellationToken) is not { } reason)
        {
            return null;
        }
        return ApiProblems.Of(StatusCodes.Status400BadRequest, "Callback URL refused", reason, ProblemTypes.CallbackUrlRefused);
    }

    /// <summary>The batch an earlier request with this key made, or a 422 problem when that request sent something else.</summary>
    private static async Task<IResult?> ReplayAsync(IngestDbContext db, TenantCaller tenant, string key, string fingerprint, TimeProvider time, CancellationToken cancellationToken)
    {
        var earlier = await db.Batches.AsNoTracking().FirstOrDefaultAsync(b => b.TenantId == tenant.TenantId && b.IdempotencyKey == key, cancellationToken);
        if (earlier is null)
        {
            return null;
        }
        if (earlier.RequestFingerprint != fingerprint)
        {
            return ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Idempotency key reused",
                "This Idempotency-Key was already used for a different batch; use a new key for a new batch.", ProblemTypes.IdempotencyKeyReused);
        }
        var entries = await db.BatchEntries.AsNoTracking().Where(e => e.BatchId == earlier.Id).ToListAsync(cancellationToken);
        return TypedResults.Accepted(BatchView.PathOf(earlier.Id), BatchView.Of(earlier, time.GetUtcNow(), entries));
    }

    /// <summary>Nothing to scan: every entry was refused (or there was none). The entries say why.</summary>
    private static IResult NoResumes(BatchIntake intake) => TypedResults.Problem(
        statusCode: StatusCodes.Status422UnprocessableEntity,
        title: "No resumes in the batch",
        detail: intake.Entries.Count == 0
            ? "The upload holds no files (only folders or system files)."
            : "None of the files is a resume that can be scanned; 'entries' says why for each.",
        extensions: new Dictionary<string, object?>
        {
            ["code"] = ProblemTypes.NoResumes,
            ["stage"] = Stages.Upload,
            ["entries"] = intake.Entries.OfType<RefusedEntry>().Select(e => new BatchEntryView(e.Name, "refused", e.Code, e.Message, null)).ToList(),
        });

    private static string Fingerprint(BatchForm form, string role, string? jobDescription, string? callbackUrl, string? contactEmail)
    {
        var content = form.Archive?.Sha256Hex ?? string.Join(',', form.FileHashes);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            $"{content}\n{role}\ncallback:{callbackUrl}\ncontact:{contactEmail}\n{jobDescription}")));
    }

    private static async Task DiscardAsync(BatchIntake intake, IBlobStore blobs, Guid batchId)
    {
        await intake.DeleteStoredAsync();
        await blobs.DeleteAsync(BlobNames.JobDescription(batchId), CancellationToken.None);
    }

    private static string Clip(string text, int length) => text.Length > length ? text[..length] : text;

    [LoggerMessage(LogLevel.Information, "Accepted batch {BatchId}: {Total} resumes, {Skipped} entries refused, {Duplicates} duplicates; upload read and judged in {JudgedMs:0} ms, committed in {CommitMs:0} ms")]
    private static partial void LogAccepted(ILogger logger, Guid batchId, int total, int skipped, int duplicates, double judgedMs, double commitMs);
}
