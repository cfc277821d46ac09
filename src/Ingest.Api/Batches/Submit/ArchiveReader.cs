using System.IO.Compression;
using Microsoft.Extensions.Options;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Goes through a spooled ZIP entry by entry: first what the directory says of each (name, link, encryption, declared
/// size and ratio), refusing what is plainly unacceptable without inflating a byte; then the rest through
/// <see cref="BatchIntake.ReadAsync"/>, which trusts none of those figures. An archive whose directory cannot be read is
/// refused as a whole (<see cref="MalformedArchiveException"/>).
/// </summary>
public sealed class ArchiveReader(IOptions<BatchOptions> settings)
{
    private readonly BatchOptions _options = settings.Value;

    /// <summary>The file-type bits of a Unix mode, and a symbolic link's; "version made by" Unix keeps the mode in the upper half.</summary>
    private const int UnixTypeMask = 0xF000;
    private const int UnixSymlink = 0xA000;

    public async Task ReadAsync(ArchiveSpool spool, BatchIntake intake, CancellationToken cancellationToken)
    {
        var declared = await ZipDirectory.DeclaredEntriesAsync(spool.File, cancellationToken);
        if (declared > _options.MaxEntries)
        {
            throw new TooManyEntriesException(declared, _options.MaxEntries);
        }
        spool.File.Position = 0;
        ZipArchive zip;
        try
        {
            zip = await ZipArchive.CreateAsync(spool.File, ZipArchiveMode.Read, leaveOpen: true, entryNameEncoding: null, cancellationToken);
        }
        catch (InvalidDataException e)
        {
            throw new MalformedArchiveException("The archive's directory is damaged or the file was cut short: " + e.Message, e);
        }
        await using (zip)
        {
            if (zip.Entries.Count > _options.MaxEntries)
            {
                throw new TooManyEntriesException(zip.Entries.Count, _options.MaxEntries);
            }
            foreach (var entry in zip.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (intake.Admit(entry.FullName) is not { } name)
                {
                    continue;
                }
                if (Precheck(entry) is { } refusal)
                {
                    intake.Refuse(name, refusal.Code, refusal.Message);
                    continue;
                }
                await ReadEntryAsync(entry, name, intake, cancellationToken);
            }
        }
    }

    private static async Task ReadEntryAsync(ZipArchiveEntry entry, string name, BatchIntake intake, CancellationToken cancellationToken)
    {
        Stream content;
        try
        {
            content = await entry.OpenAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            intake.Refuse(name, EntryCodes.Corrupt, "The entry is damaged, or compressed with a method other than Deflate; it could not be read.");
            return;
        }
        await using (content)
        {
            await intake.ReadAsync(name, content, entry.CompressedLength, entry.Crc32, cancellationToken);
        }
    }

    /// <summary>What the directory alone says against the entry, or null.</summary>
    private (string Code, string Message)? Precheck(ZipArchiveEntry entry)
    {
        if (((entry.ExternalAttributes >> 16) & UnixTypeMask) == UnixSymlink)
        {
            return (EntryCodes.Symlink, "The entry is a symbolic link, not a file; links are never followed.");
        }
        if (entry.IsEncrypted)
        {
            return (EntryCodes.Encrypted, "The entry is encrypted with a password; add the resume to the archive without one.");
        }
        if (entry.Length > _options.MaxEntryBytes)
        {
            return (EntryCodes.TooLarge, $"The file is larger than the {_options.MaxEntryBytes / 1024.0 / 1024:0.#} MiB a resume may be.");
        }
        if (entry.Length > _options.RatioFloorBytes && entry.Length > Math.Max(entry.CompressedLength, 1) * _options.MaxCompressionRatio)
        {
            return (EntryCodes.CompressionRatio, $"The entry inflates more than {_options.MaxCompressionRatio:0} times its compressed size: documents do not, archive bombs do.");
        }
        return null;
    }
}
