using System.Buffers;
using System.Security.Cryptography;
using Ingest.Api.Scans;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Uploads;
using Ingest.Data.Batches;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Judges a batch's entries one by one, in the order they come, and puts each acceptable one into the blob store
/// (<c>uploads/{scan id}</c>), hashed and with its inflated bytes counted; memory holds at most a few small entries.
/// Nothing here is queued: the caller commits the batch only once every entry was judged and stored
/// (<see cref="CompleteAsync"/>), or deletes what was stored.
/// </summary>
public sealed class BatchIntake(IBlobStore blobs, BatchOptions options)
{
    /// <summary>Entries up to this size are read whole into memory and stored in the background.</summary>
    public const int BufferedEntryBytes = 1024 * 1024;

    /// <summary>Uploads to the blob store at once, so at most this many buffered entries wait in memory.</summary>
    private const int ParallelWrites = 8;

    private const string ChecksumMismatch = "The entry's data does not match its checksum: it is damaged, or the archive states a false size for it.";

    private readonly List<IntakeEntry> _entries = [];
    private readonly List<Task> _writes = [];
    private readonly SemaphoreSlim _slots = new(ParallelWrites, ParallelWrites);
    private readonly Dictionary<string, string> _firstByContent = new(StringComparer.Ordinal);
    private readonly IntakeBudget _budget = new(options.MaxTotalBytes);

    public IReadOnlyList<IntakeEntry> Entries => _entries;

    public IEnumerable<AcceptedEntry> Accepted => _entries.OfType<AcceptedEntry>();

    /// <summary>
    /// The name to read an entry under; null when there is nothing to read: a folder or system litter (passed over
    /// without a word) or an unsafe name (refused).
    /// </summary>
    public string? Admit(string rawName)
    {
        if (EntryName.IsFolder(rawName) || EntryName.IsLitter(rawName))
        {
            return null;
        }
        var name = EntryName.Normalize(rawName);
        if (EntryName.Unsafe(name, BatchEntry.NameLength) is { } reason)
        {
            Refuse(name, EntryCodes.UnsafePath, reason);
            return null;
        }
        return name;
    }

    public void Refuse(string name, string code, string message, long sizeBytes = 0) =>
        _entries.Add(new RefusedEntry(_entries.Count, Clip(name), sizeBytes, code, message));

    /// <summary>
    /// Reads one entry to its end: refused by its first bytes, by its size, by its inflation, by its checksum; or kept as
    /// a resume of the batch or, when its bytes came before, as a duplicate. An entry of up to
    /// <see cref="BufferedEntryBytes"/> (nearly every resume) is judged whole in memory and its upload left to run beside
    /// the next entries, a few at a time; a larger one streams into the blob store before the next is read.
    /// </summary>
    /// <param name="compressedBytes">What the entry takes in the archive, to judge its inflation by; null for a plain file.</param>
    /// <param name="crc32">The archive's checksum of the entry: the reader stops at the size the archive declares, so a
    /// false size shows only as a checksum that does not match what was read.</param>
    public async Task ReadAsync(string name, Stream content, long? compressedBytes, uint? crc32, CancellationToken cancellationToken)
    {
        _budget.StartEntry();
        var kept = false;
        var guard = new InflationGuard(content, compressedBytes, _budget, options.MaxCompressionRatio, options.RatioFloorBytes);
        // One more byte than a buffered entry may have, to tell it from a larger one.
        var head = ArrayPool<byte>.Shared.Rent(BufferedEntryBytes + 1);
        try
        {
            var length = await guard.ReadAtLeastAsync(head.AsMemory(0, BufferedEntryBytes + 1), BufferedEntryBytes + 1, throwOnEndOfStream: false, cancellationToken);
            var prefix = head.AsSpan(0, Math.Min(length, FileTypeSniffer.PrefixLength));
            if (Judge(prefix) is { } refusal)
            {
                Refuse(name, refusal.Code, refusal.Message, length);
                return;
            }
            var kind = FileTypeSniffer.Detect(prefix);
            if (length > options.MaxEntryBytes)
            {
                throw new UploadTooLargeException(options.MaxEntryBytes);
            }
            kept = true;
            if (length <= BufferedEntryBytes)
            {
                await KeepAsync(name, head.AsMemory(0, length), kind, crc32 is { } expected && guard.Crc32 != expected, cancellationToken);
            }
            else
            {
                await StreamAsync(name, head.AsMemory(0, length), guard, kind, crc32, cancellationToken);
            }
        }
        catch (UploadTooLargeException)
        {
            kept = false;
            Refuse(name, EntryCodes.TooLarge, $"The file is larger than the {options.MaxEntryBytes / 1024.0 / 1024:0.#} MiB a resume may be.", guard.BytesRead);
        }
        catch (EntryRefusedException e)
        {
            kept = false;
            Refuse(name, e.Code, e.Message, guard.BytesRead);
        }
        catch (InvalidDataException)
        {
            kept = false;
            Refuse(name, EntryCodes.Corrupt, "The entry's data is damaged, or compressed with a method other than Deflate; it could not be read.", guard.BytesRead);
        }
        finally
        {
            _budget.EndEntry(kept);
            ArrayPool<byte>.Shared.Return(head);
        }
    }

    /// <summary>
    /// Waits for the uploads still running; throws if one failed (the batch is then refused and what was stored deleted).
    /// Call it before the batch is committed.
    /// </summary>
    public Task CompleteAsync() => Task.WhenAll(_writes);

    /// <summary>Removes every upload stored so far: the batch was refused, failed or cancelled before it was committed.</summary>
    public async Task DeleteStoredAsync()
    {
        try
        {
            await Task.WhenAll(_writes);
        }
        catch (Exception)
        {
            // A failed or cancelled write stored nothing; the others are deleted below either way.
        }
        await Parallel.ForEachAsync(Accepted, new ParallelOptions { MaxDegreeOfParallelism = ParallelWrites },
            async (entry, _) => await blobs.DeleteAsync(BlobNames.Upload(entry.ScanId), CancellationToken.None));
    }

    /// <summary>A whole entry in memory: judged, then stored beside the next entries (a duplicate is never stored).</summary>
    private async Task KeepAsync(string name, ReadOnlyMemory<byte> data, UploadKind kind, bool checksumFails, CancellationToken cancellationToken)
    {
        if (checksumFails)
        {
            Refuse(name, EntryCodes.Corrupt, ChecksumMismatch, data.Length);
            return;
        }
        var sha = Convert.ToHexStringLower(SHA256.HashData(data.Span));
        if (_firstByContent.TryGetValue(sha, out var first))
        {
            _entries.Add(new DuplicateEntry(_entries.Count, Clip(name), data.Length, first));
            return;
        }
        var scanId = ScanIds.New();
        _firstByContent[sha] = Clip(name);
        _entries.Add(new AcceptedEntry(_entries.Count, Clip(name), data.Length, scanId, sha, kind));
        var copy = data.ToArray();
        await _slots.WaitAsync(cancellationToken);
        _writes.Add(Task.Run(async () =>
        {
            try
            {
                using var stream = new MemoryStream(copy, writable: false);
                await blobs.PutAsync(BlobNames.Upload(scanId), stream, UploadReader.ContentTypeOf(kind), cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }, CancellationToken.None));
    }

    /// <summary>A large entry: the rest streams into the blob store, hashed and counted, before it is judged whole.</summary>
    private async Task StreamAsync(string name, ReadOnlyMemory<byte> head, InflationGuard guard, UploadKind kind, uint? crc32, CancellationToken cancellationToken)
    {
        var scanId = ScanIds.New();
        await using var upload = new UploadStream(head, guard, options.MaxEntryBytes);
        await blobs.PutAsync(BlobNames.Upload(scanId), upload, UploadReader.ContentTypeOf(kind), cancellationToken);
        var sha = upload.Sha256Hex();
        var checksumFails = crc32 is { } expected && guard.Crc32 != expected;
        if (checksumFails || _firstByContent.ContainsKey(sha))
        {
            await blobs.DeleteAsync(BlobNames.Upload(scanId), CancellationToken.None);
        }
        if (checksumFails)
        {
            Refuse(name, EntryCodes.Corrupt, ChecksumMismatch, upload.BytesRead);
        }
        else if (_firstByContent.TryGetValue(sha, out var first))
        {
            _entries.Add(new DuplicateEntry(_entries.Count, Clip(name), upload.BytesRead, first));
        }
        else
        {
            _firstByContent[sha] = Clip(name);
            _entries.Add(new AcceptedEntry(_entries.Count, Clip(name), upload.BytesRead, scanId, sha, kind));
        }
    }

    private static (string Code, string Message)? Judge(ReadOnlySpan<byte> prefix)
    {
        if (prefix.IsEmpty)
        {
            return (EntryCodes.Empty, "The file is empty.");
        }
        if (ArchiveKinds.Describe(prefix) is { } archive)
        {
            return (EntryCodes.NestedArchive, $"The entry is {archive}; archives inside the batch are not opened. Put the resumes in the batch's own ZIP.");
        }
        return FileTypeSniffer.Detect(prefix) switch
        {
            UploadKind.Empty => (EntryCodes.Empty, "The file is empty."),
            UploadKind.Rtf => (EntryCodes.UnsupportedType, "RTF is not read; save the resume as .docx, PDF or plain text."),
            UploadKind.Unknown => (EntryCodes.UnsupportedType, FileTypeSniffer.UnknownTypeMessage),
            _ => null,
        };
    }

    private static string Clip(string name) => name.Length > BatchEntry.NameLength ? name[..BatchEntry.NameLength] : name;
}
