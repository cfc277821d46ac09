using System.Text;
using Ingest.Api.Hosting;
using Ingest.Api.Problems;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Pipeline.Contracts;
using Pipeline.Storage;
using Resume.Model;

namespace Ingest.Api.Scans.Submit;

/// <summary>
/// Reads the multipart upload section by section. The file is sniffed from its first bytes, then streamed to
/// <c>uploads/{id}</c> while it is hashed and counted; it is never held whole in memory or in a temporary file.
/// </summary>
public sealed class UploadReader(IBlobStore blobs, IOptions<IngestOptions> options)
{
    private const int MaxFieldChars = 2048;
    private readonly IngestOptions _options = options.Value;

    public async Task<UploadForm> ReadAsync(HttpRequest request, Guid scanId, CancellationToken cancellationToken)
    {
        // Kestrel's own body limit (30 MB) must not cut in before ours, which answers with a clear problem.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = _options.MaxUploadBytes + _options.MaxJobDescriptionChars * 4L + 1024 * 1024;
        }
        var form = new UploadForm();
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType)
            || !contentType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(contentType.Boundary).Value is not { Length: > 0 } boundary)
        {
            form.AddError("file", "Send the resume as multipart/form-data with the file in a field named 'file'.");
            return form;
        }

        var reader = new MultipartReader(boundary, request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
                switch (name)
                {
                    case "file" when form.File is not null:
                        form.AddError("file", "Send one file per scan.");
                        return form;
                    case "file":
                        await StoreFileAsync(form, section.Body, FileNameOf(disposition), scanId, cancellationToken);
                        if (form.Rejection is not null)
                        {
                            return form;
                        }
                        break;
                    case "role":
                        form.Role = await ReadFieldAsync(section.Body, MaxFieldChars, cancellationToken) ?? "";
                        break;
                    case "callbackUrl":
                        form.CallbackUrl = await ReadFieldAsync(section.Body, MaxFieldChars, cancellationToken) ?? "(too long)";
                        break;
                    case "jobDescription":
                        form.JobDescription = await ReadFieldAsync(section.Body, _options.MaxJobDescriptionChars, cancellationToken);
                        if (form.JobDescription is null)
                        {
                            form.AddError("jobDescription", $"The job description is longer than {_options.MaxJobDescriptionChars} characters.");
                            return form;
                        }
                        break;
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or IOException and not UploadTooLargeException)
        {
            form.AddError("file", "The multipart body is malformed or was cut off.");
        }
        return form;
    }

    private async Task StoreFileAsync(UploadForm form, Stream body, string fileName, Guid scanId, CancellationToken cancellationToken)
    {
        var prefix = new byte[FileTypeSniffer.PrefixLength];
        var length = await body.ReadAtLeastAsync(prefix, prefix.Length, throwOnEndOfStream: false, cancellationToken);
        var kind = FileTypeSniffer.Detect(prefix.AsSpan(0, length));
        if (Refuse(kind) is { } rejection)
        {
            form.Rejection = rejection;
            return;
        }

        await using var upload = new UploadStream(prefix.AsMemory(0, length), body, _options.MaxUploadBytes);
        try
        {
            await blobs.PutAsync(BlobNames.Upload(scanId), upload, ContentTypeOf(kind), cancellationToken);
        }
        catch (UploadTooLargeException)
        {
            form.Rejection = ApiProblems.Of(StatusCodes.Status413PayloadTooLarge, "File too large",
                $"The file is larger than the {_options.MaxUploadBytes / 1024 / 1024.0:0.#} MiB a resume may be.", ErrorCodes.TooLarge, Stages.Upload);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException && !upload.SenderFailed)
        {
            // The store failed (a full disk, an unreachable service), not the request: not "malformed", and worth a retry.
            throw new StorageUnavailableException(e);
        }
        form.File = new StoredUpload(fileName, upload.BytesRead, upload.Sha256Hex(), kind);
    }

    private static IResult? Refuse(UploadKind kind) => kind switch
    {
        UploadKind.Empty => ApiProblems.Of(StatusCodes.Status422UnprocessableEntity, "Empty file", "The file is empty.", ErrorCodes.Empty, Stages.Upload),
        UploadKind.Rtf => Unsupported("RTF is not read; save the resume as .docx, PDF or plain text and upload that."),
        UploadKind.Unknown => Unsupported("This file is not a PDF, DOCX, TXT or Markdown document (judged by its content, not its name)."),
        _ => null,
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unsupported(string detail) =>
        ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", detail, ErrorCodes.UnsupportedType, Stages.Upload);

    internal static string ContentTypeOf(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        UploadKind.OfficeCompound => "application/x-ole-storage",
        _ => "text/plain",
    };

    private static string FileNameOf(ContentDispositionHeaderValue disposition)
    {
        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(disposition.FileName).Value ?? "";
        name = Path.GetFileName(name.Replace('\\', '/'));
        return name.Length > Ingest.Data.Scans.Scan.FileNameLength ? name[..Ingest.Data.Scans.Scan.FileNameLength] : name;
    }

    /// <summary>A text field, or null when it is longer than <paramref name="maxChars"/>.</summary>
    internal static async Task<string?> ReadFieldAsync(Stream body, int maxChars, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        var buffer = new char[maxChars + 1];
        var read = await reader.ReadBlockAsync(buffer, cancellationToken);
        return read > maxChars ? null : new string(buffer, 0, read);
    }
}
