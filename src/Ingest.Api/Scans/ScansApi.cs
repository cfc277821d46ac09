using Ingest.Api.Scans.Erase;
using Ingest.Api.Scans.Read;
using Ingest.Api.Scans.Submit;
using Ingest.Data;
using Pipeline.Storage;

namespace Ingest.Api.Scans;

public static class ScansApi
{
    public const string AnonymousUploadPolicy = "anonymous-uploads";

    public static IEndpointRouteBuilder MapScansApi(this IEndpointRouteBuilder app)
    {
        var scans = app.MapGroup("/api/v1/scans").WithTags("Scans");

        scans.MapPost("/", SubmitScan.HandleAsync)
            .WithName("SubmitScan")
            .WithSummary("Upload a resume to scan")
            .WithDescription("Multipart form: 'file' (PDF, DOCX, TXT or Markdown, told by content), optional 'role' and 'jobDescription'. " +
                             "Send an Idempotency-Key header to make retries safe. Returns 202 with the scan's Location; poll it until 'completed' or 'failed'.")
            .Accepts<UploadDocs>("multipart/form-data")
            .Produces<ScanView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .RequireRateLimiting(AnonymousUploadPolicy);

        scans.MapGet("/{id:guid}", GetScan.HandleAsync)
            .WithName("GetScan")
            .WithSummary("A scan's status, score, failure and result links");

        foreach (var file in ScanResultFile.All)
        {
            scans.MapGet($"/{{id:guid}}/{file.Route}", (Guid id, IngestDbContext db, IBlobStore blobs, HttpResponse response, CancellationToken ct) =>
                    DownloadResult.HandleAsync(id, file, db, blobs, response, ct))
                .WithName($"Get{file.Link[..1].ToUpperInvariant()}{file.Link[1..]}")
                .WithSummary($"Download {file.Route} (404 until the scan has it)")
                .Produces(StatusCodes.Status200OK, contentType: file.ContentType.Split(';')[0])
                .ProducesProblem(StatusCodes.Status404NotFound)
                .ProducesProblem(StatusCodes.Status410Gone);
        }

        scans.MapDelete("/{id:guid}", EraseScan.HandleAsync)
            .WithName("DeleteScan")
            .WithSummary("Erase a scan's files and personal data");
        return app;
    }
}
