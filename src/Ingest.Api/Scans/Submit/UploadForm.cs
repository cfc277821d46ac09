using Microsoft.AspNetCore.Http.HttpResults;

namespace Ingest.Api.Scans.Submit;

/// <summary>The multipart fields of <c>POST /api/v1/scans</c>, after the file went to the blob store.</summary>
public sealed class UploadForm
{
    public StoredUpload? File { get; set; }
    public string? Role { get; set; }
    public string? JobDescription { get; set; }
    public string? CallbackUrl { get; set; }

    /// <summary>Set when the request must be refused; whatever was stored is then removed by the caller.</summary>
    public IResult? Rejection { get; set; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public void AddError(string field, string message) => Errors[field] = [message];

    public ValidationProblem? ValidationProblem() => Errors.Count == 0 ? null : TypedResults.ValidationProblem(Errors);
}
