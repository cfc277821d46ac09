using System.Text;
using Ingest.Api.Hosting;
using Ingest.Api.Problems;
using Ingest.Api.Uploads;
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
    /// <summary>A role guide id is a few words in kebab case (<c>backend-developer</c>); no role needs more.</summary>
    public const int MaxRoleChars = 64;

    /// <summary>A URL longer than this is not one a receiver would publish.</summary>
    public const int MaxCallbackUrlChars = 2048;

    /// <summary>The form has four fields; a few more (a browser's extras) are skipped, more than this is not a form of ours.</summary>
    public const int MaxSections = 16;

    public const string WhatToSend =
        "the resume in a field named 'file', and optionally 'role', 'jobDescription' and (tenants) 'callbackUrl'.";

    private readonly IngestOptions _options = options.Value;

    /// <summary>The whole body: the file, a job description of the most characters allowed (4 bytes each at worst), the rest.</summary>
    public long MaxBodyBytes => _options.MaxUploadBytes + 4L * (_options.MaxJobDescriptionChars + MaxRoleChars + MaxCallbackUrlChars) + 64 * 1024;

    public async Task<UploadForm> ReadAsync(HttpRequest request, Guid scanId, CancellationToken cancellationToken)
    {
        var form = new UploadForm();
        if (MultipartUpload.Open(request, MaxBodyBytes, _options.MaxUploadBytes, WhatToSend, out var boundary) is { } refusal)
        {
            form.Rejection = refusal;
            return form;
        }

        var reader = new MultipartReader(boundary, request.Body);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        try
        {
            for (var sections = 1; await reader.ReadNextSectionAsync(cancellationToken) is { } section; sections++)
            {
                if (sections > MaxSections)
                {
                    form.AddError("form", $"Send at most {MaxSections} fields: {WhatToSend}");
                    return form;
                }
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    continue;
                }
                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                if (name is "file" or "role" or "jobDescription" or "callbackUrl" && !seen.Add(name))
                {
                    form.AddError(name, name == "file" ? "Send one file per scan." : $"Send '{name}' once.");
                    return form;
                }
                switch (name)
                {
                    case "file":
                        await StoreFileAsync(form, section.Body, FileNameOf(disposition), scanId, cancellationToken);
                        if (form.Rejection is not null)
                        {
                            return form;
                        }
                        break;
                    case "role":
                        form.Role = await ReadFieldAsync(section.Body, MaxRoleChars, cancellationToken);
                        if (form.Role is null)
                        {
                            form.AddError("role", $"A role is at most {MaxRoleChars} characters: a role guide id such as backend-developer.");
                            return form;
                        }
                        break;
                    case "callbackUrl":
                        form.CallbackUrl = await ReadFieldAsync(section.Body, MaxCallbackUrlChars, cancellationToken);
                        if (form.CallbackUrl is null)
                        {
                            form.AddError("callbackUrl", $"The callback URL is longer than {MaxCallbackUrlChars} characters.");
                            return form;
                        }
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
        catch (Exception e) when (MultipartUpload.IsTooLarge(e))
        {
            form.Rejection = MultipartUpload.TooLarge(_options.MaxUploadBytes);
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
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
        catch (Exception e) when (e is not OperationCanceledException && !upload.SenderFailed && !MultipartUpload.IsTooLarge(e))
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
        UploadKind.Unknown => Unsupported(FileTypeSniffer.UnknownTypeMessage),
        _ => null,
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unsupported(string detail) =>
        ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported file type", detail, ErrorCodes.UnsupportedType, Stages.Upload);

    internal static string ContentTypeOf(UploadKind kind) => kind switch
    {
        UploadKind.Pdf => "application/pdf",
        UploadKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        UploadKind.OfficeCompound => "application/x-ole-storage",
        UploadKind.Png => "image/png",
        UploadKind.Jpeg => "image/jpeg",
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
