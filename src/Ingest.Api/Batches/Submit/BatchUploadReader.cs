using Ingest.Api.Hosting;
using Ingest.Api.Problems;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Uploads;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Batches.Submit;

/// <summary>
/// Reads the multipart batch upload section by section: a ZIP in <c>file</c> is spooled to a temporary file (its
/// directory is at its end); resumes in repeated <c>files</c> fields go one by one through the intake, straight into
/// the blob store. Nothing is held whole in memory.
/// </summary>
public sealed class BatchUploadReader(IOptions<BatchOptions> batches, IOptions<IngestOptions> ingest, IOptions<BlobStoreOptions> storage)
{
    /// <summary>Where uploaded archives wait while their entries are judged (local disk, whatever the blob store).</summary>
    public string SpoolFolder => Path.Combine(storage.Value.DataPath, "spool");

    private const int MaxFieldChars = 2048;
    private readonly BatchOptions _options = batches.Value;

    public async Task<BatchForm> ReadAsync(HttpRequest request, BatchIntake intake, CancellationToken cancellationToken)
    {
        var maxJobChars = ingest.Value.MaxJobDescriptionChars;
        // Kestrel's own body limit (30 MB) must not cut in before ours, which answers with a clear problem.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = _options.MaxUploadBytes + maxJobChars * 4L + 1024 * 1024;
        }
        var form = new BatchForm();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            form.AddError("file", "Send multipart/form-data with one ZIP in a field named 'file', or the resumes in repeated fields named 'files'.");
            return form;
        }

        // A section may be as long as the whole upload (the multipart reader's own default stops at 128 MiB).
        var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = _options.MaxUploadBytes + 1 };
        long filesBytes = 0;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                switch (HeaderUtilities.RemoveQuotes(disposition.Name).Value)
                {
                    case "file" when form.Archive is not null || form.FileCount > 0:
                        form.AddError("file", "Send one ZIP as 'file', or the resumes as repeated 'files' fields, not both.");
                        return form;
                    case "file":
                        form.Rejection = await SpoolAsync(form, section.Body, FileNameOf(disposition), cancellationToken);
                        if (form.Rejection is not null)
                        {
                            return form;
                        }
                        break;
                    case "files" when form.Archive is not null:
                        form.AddError("files", "Send one ZIP as 'file', or the resumes as repeated 'files' fields, not both.");
                        return form;
                    case "files":
                        form.FileCount++;
                        // Counted as an archive's entries are, before the file is read.
                        if (form.FileCount > _options.MaxEntries)
                        {
                            form.Rejection = TooManyFiles();
                            return form;
                        }
                        var before = intake.Entries.Count;
                        if (intake.Admit(FileNameOf(disposition)) is { } name)
                        {
                            await intake.ReadAsync(name, section.Body, compressedBytes: null, crc32: null, cancellationToken);
                        }
                        filesBytes += intake.Entries.Count > before ? intake.Entries[^1].SizeBytes : 0;
                        form.FileHashes.Add(intake.Entries.Count > before && intake.Entries[^1] is AcceptedEntry accepted ? accepted.Sha256Hex : $"#{form.FileCount}");
                        if (filesBytes > _options.MaxUploadBytes)
                        {
                            form.Rejection = TooLarge();
                            return form;
                        }
                        break;
                    case "role":
                        form.Role = await UploadReader.ReadFieldAsync(section.Body, MaxFieldChars, cancellationToken) ?? "";
                        break;
                    case "callbackUrl":
                        form.CallbackUrl = await UploadReader.ReadFieldAsync(section.Body, MaxFieldChars, cancellationToken) ?? "(too long)";
                        break;
                    case "contactEmail":
                        form.ContactEmail = await UploadReader.ReadFieldAsync(section.Body, MaxFieldChars, cancellationToken) ?? "(too long)";
                        break;
                    case "jobDescription":
                        form.JobDescription = await UploadReader.ReadFieldAsync(section.Body, maxJobChars, cancellationToken);
                        if (form.JobDescription is null)
                        {
                            form.AddError("jobDescription", $"The job description is longer than {maxJobChars} characters.");
                            return form;
                        }
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not UploadTooLargeException and not EntryRefusedException)
        {
            form.AddError("file", "The multipart body is malformed or was cut off.");
        }
        return form;
    }

    private async Task<IResult?> SpoolAsync(BatchForm form, Stream body, string fileName, CancellationToken cancellationToken)
    {
        // A ZIP starts with a local header, or (empty) with its end record.
        var prefix = new byte[4];
        var length = await body.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
        if (length < 4 || !(prefix.AsSpan().SequenceEqual("PK\x03\x04"u8) || prefix.AsSpan().SequenceEqual("PK\x05\x06"u8)))
        {
            return ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "Not a ZIP archive",
                "The 'file' field must hold a ZIP archive of resumes (judged by its content). To send resumes without zipping them, use repeated 'files' fields.",
                ErrorCodes.UnsupportedType, Stages.Upload);
        }
        try
        {
            form.Archive = await ArchiveSpool.WriteAsync(SpoolFolder, prefix.AsMemory(0, length), body, fileName, _options.MaxUploadBytes, cancellationToken);
            return null;
        }
        catch (UploadTooLargeException)
        {
            return TooLarge();
        }
    }

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooLarge() =>
        ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, "Batch too large",
            $"The upload is larger than the {_options.MaxUploadBytes / 1024.0 / 1024:0.#} MiB a batch may be; split it into several batches.", ErrorCodes.TooLarge, Stages.Upload);

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooManyFiles() =>
        ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Too many entries",
            $"The upload holds more than the {_options.MaxEntries:N0} files a batch may hold. Split it into several batches.", ProblemTypes.TooManyEntries, Stages.Upload);

    /// <summary>The name as sent; a form may carry a relative path (a folder upload), judged like an archive's names.</summary>
    private static string FileNameOf(ContentDispositionHeaderValue disposition) =>
        HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
}
