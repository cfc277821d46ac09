using Ingest.Api.Callbacks.Deliveries;
using Ingest.Api.Scans.Erase;
using Ingest.Api.Scans.Read;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Tenants;
using Ingest.Api.Uploads;
using Ingest.Data;
using Pipeline.Storage;

namespace Ingest.Api.Scans;

public static class ScansApi
{
    /// <summary>The upload rate limit: per client address for anonymous callers, per tenant for tenants.</summary>
    public const string UploadPolicy = "uploads";

    public static IEndpointRouteBuilder MapScansApi(this IEndpointRouteBuilder app)
    {
        // Tenants call these with 'Authorization: Bearer <API key>'; without the header a caller is anonymous.
        var scans = app.MapGroup("/api/v1/scans").WithTags("Scans")
            .WithMetadata(new TenantRouteMetadata())
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        scans.MapPost("/", SubmitScan.HandleAsync)
            .WithName("SubmitScan")
            .WithSummary("Upload a resume to scan")
            .WithDescription("Multipart form: 'file' (PDF, DOCX, TXT or Markdown, or a JPEG or PNG photo or scan read with OCR; told by content, at most 10 MiB), optional 'role' (a guide id from /api/v1/roles, or 'auto', the default: the guide the resume fits best) and 'jobDescription'; " +
                             "tenants (Authorization: Bearer <API key>) may add 'callbackUrl', called with a signed scan.completed or scan.failed event (Standard Webhooks). " +
                             "Send an Idempotency-Key header to make retries safe (scoped to the tenant). Returns 202 with the scan's Location; poll it until 'completed' or 'failed'.")
            .Accepts<UploadDocs>("multipart/form-data")
            .Produces<ScanView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .RequireRateLimiting(UploadPolicy);
        scans.MapWrongMediaType("/", UploadReader.WhatToSend);

        scans.MapGet("/{id:guid}", GetScan.HandleAsync)
            .WithName("GetScan")
            .WithSummary("A scan's status, score, failure and result links (a tenant's scan only with that tenant's key)")
            .Produces<ScanView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

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
            .WithSummary("Erase a scan's files and personal data (a tenant's scan only with that tenant's key)")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);

        scans.MapGet("/{id:guid}/deliveries", ScanDeliveries.ListAsync)
            .WithName("GetScanDeliveries")
            .WithSummary("The scan's callbacks and every attempt at them: time, status code or error, next attempt (tenants only)")
            .WithMetadata(new TenantOnlyMetadata())
            .Produces<DeliveryList>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        scans.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/retry", ScanDeliveries.RetryAsync)
            .WithName("RetryScanDelivery")
            .WithSummary("Send a callback again now, whatever its state, with a fresh retry schedule (tenants only)")
            .WithMetadata(new TenantOnlyMetadata())
            .Produces<DeliveryView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery();
        return app;
    }
}
