using Microsoft.AspNetCore.Http.HttpResults;

namespace Ingest.Api.Batches.Submit;

/// <summary>The multipart fields of <c>POST /api/v1/batches</c>: the spooled ZIP or the files already judged, and the rest.</summary>
public sealed class BatchForm : IAsyncDisposable
{
    /// <summary>The ZIP sent as <c>file</c>, not yet read; null when resumes came as <c>files</c>.</summary>
    public ArchiveSpool? Archive { get; set; }

    /// <summary>How many <c>files</c> fields came (their entries are in the intake already).</summary>
    public int FileCount { get; set; }

    /// <summary>SHA-256 of each <c>files</c> field in order, for the request's fingerprint.</summary>
    public List<string> FileHashes { get; } = [];

    public string? Role { get; set; }
    public string? JobDescription { get; set; }
    public string? CallbackUrl { get; set; }
    public string? ContactEmail { get; set; }

    /// <summary>Set when the request must be refused as it stands.</summary>
    public IResult? Rejection { get; set; }

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public void AddError(string field, string message) => Errors[field] = [message];

    public ValidationProblem? ValidationProblem() => Errors.Count == 0 ? null : TypedResults.ValidationProblem(Errors);

    public async ValueTask DisposeAsync()
    {
        if (Archive is not null)
        {
            await Archive.DisposeAsync();
        }
    }
}
