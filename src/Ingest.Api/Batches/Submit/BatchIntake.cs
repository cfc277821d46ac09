using Ingest.Api.Scans;
using Ingest.Api.Scans.Submit;
using Ingest.Data.Batches;
using Pipeline.Contracts;
using Pipeline.Storage;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Judges a batch's entries one by one, in the order they come, and streams each acceptable one straight into the blob
/// store (<c>uploads/{scan id}</c>) while it is hashed and its inflated bytes counted. Nothing here is queued: the
/// caller commits the batch only once every entry was judged, or deletes what was stored.
/// </summary>
public sealed class BatchIntake(IBlobStore blobs, BatchOptions options)
{
    private readonly List<IntakeEntry> _entries = [];
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
    /// Reads one entry to its end: refused by its first bytes, by its size, by its inflation; or stored, then kept as a
    /// resume of the batch or, when its bytes came before, dropped as a duplicate.
    /// </summary>
    /// <param name="compressedBytes">What the entry takes in the archive, to judge its inflation by; null for a plain file.</param>
    /// <param name="crc32">The archive's checksum of the entry: the reader stops at the size the archive declares, so a
    /// false size shows only as a checksum that does not match what was read.</param>
    public async Task ReadAsync(string name, Stream content, long? compressedBytes, uint? crc32, CancellationToken cancellationToken)
    {
        _budget.StartEntry();
        var kept = false;
        var guard = new InflationGuard(content, compressedBytes, _budget, options.MaxCompressionRatio, options.RatioFloorBytes);
        try
        {
            var prefix = new byte[FileTypeSniffer.PrefixLength];
            var length = await guard.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
            if (Judge(prefix.AsSpan(0, length)) is { } refusal)
            {
                Refuse(name, refusal.Code, refusal.Message, length);
                return;
            }
            var kind = FileTypeSniffer.Detect(prefix.AsSpan(0, length));
            var scanId = ScanIds.New();
            await using var upload = new UploadStream(prefix.AsMemory(0, length), guard, options.MaxEntryBytes);
            await blobs.PutAsync(BlobNames.Upload(scanId), upload, UploadReader.ContentTypeOf(kind), cancellationToken);
            kept = true;
            if (crc32 is { } expected && guard.Crc32 != expected)
            {
                await blobs.DeleteAsync(BlobNames.Upload(scanId), CancellationToken.None);
                Refuse(name, EntryCodes.Corrupt, "The entry's data does not match its checksum: it is damaged, or the archive states a false size for it.", upload.BytesRead);
                return;
            }
            var sha = upload.Sha256Hex();
            if (_firstByContent.TryGetValue(sha, out var first))
            {
                await blobs.DeleteAsync(BlobNames.Upload(scanId), CancellationToken.None);
                _entries.Add(new DuplicateEntry(_entries.Count, Clip(name), upload.BytesRead, first));
                return;
            }
            _firstByContent[sha] = Clip(name);
            _entries.Add(new AcceptedEntry(_entries.Count, Clip(name), upload.BytesRead, scanId, sha, kind));
        }
        catch (UploadTooLargeException)
        {
            Refuse(name, EntryCodes.TooLarge, $"The file is larger than the {options.MaxEntryBytes / 1024.0 / 1024:0.#} MiB a resume may be.", guard.BytesRead);
        }
        catch (EntryRefusedException e)
        {
            Refuse(name, e.Code, e.Message, guard.BytesRead);
        }
        catch (InvalidDataException)
        {
            Refuse(name, EntryCodes.Corrupt, "The entry's data is damaged, or compressed with a method other than Deflate; it could not be read.", guard.BytesRead);
        }
        finally
        {
            _budget.EndEntry(kept);
        }
    }

    /// <summary>Removes every upload stored so far: the batch was refused, failed or cancelled before it was committed.</summary>
    public async Task DeleteStoredAsync()
    {
        await Parallel.ForEachAsync(Accepted, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (entry, _) => await blobs.DeleteAsync(BlobNames.Upload(entry.ScanId), CancellationToken.None));
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
            UploadKind.Unknown => (EntryCodes.UnsupportedType, "This file is not a PDF, DOCX, TXT or Markdown document (judged by its content, not its name)."),
            _ => null,
        };
    }

    private static string Clip(string name) => name.Length > BatchEntry.NameLength ? name[..BatchEntry.NameLength] : name;
}
