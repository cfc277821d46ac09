using Ingest.Api.Batches.Erase;
using Ingest.Api.Batches.Read;
using Ingest.Api.Batches.Results;
using Ingest.Api.Batches.Submit;
using Ingest.Api.Callbacks.Deliveries;
using Ingest.Api.Scans;
using Ingest.Api.Tenants;

namespace Ingest.Api.Batches;

public static class BatchesApi
{
    public static IEndpointRouteBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        // Tenants only: 'Authorization: Bearer <API key>' on every route (without it, 401 before anything is read).
        var batches = app.MapGroup("/api/v1/batches").WithTags("Batches")
            .WithMetadata(new TenantRouteMetadata(), new TenantOnlyMetadata())
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        batches.MapPost("/", SubmitBatch.HandleAsync)
            .WithName("SubmitBatch")
            .WithSummary("Upload many resumes at once: one ZIP, or many files")
            .WithDescription("Multipart form: one ZIP as 'file', or the resumes as repeated 'files' fields; optional 'role', 'jobDescription', " +
                             "'callbackUrl' (a signed batch.completed event when every scan ended) and 'contactEmail' (a mail then). " +
                             "Every entry is judged before anything is queued: refused ones are listed with the reason, files with the same bytes are scanned once. " +
                             "Send an Idempotency-Key header to make retries safe. Returns 202 with the batch's Location; follow it with GET or its events stream.")
            .Accepts<BatchUploadDocs>("multipart/form-data")
            .Produces<BatchView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .DisableAntiforgery()
            .RequireRateLimiting(ScansApi.UploadPolicy);

        batches.MapGet("/", ListBatches.HandleAsync)
            .WithName("ListBatches")
            .WithSummary("The caller's batches, newest first, a page at a time (?page=1&pageSize=20)")
            .Produces<BatchPage>();

        batches.MapGet("/{id:guid}", GetBatch.HandleAsync)
            .WithName("GetBatch")
            .WithSummary("A batch's status, counts, pace, estimated time left and refused entries")
            .Produces<BatchView>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/events", BatchEvents.HandleAsync)
            .WithName("GetBatchEvents")
            .WithSummary("Server-sent events: 'progress' while the batch runs, 'end' when it is complete; reconnect with Last-Event-ID")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/results.csv", GetResults.HandleAsync)
            .WithName("GetBatchResults")
            .WithSummary("One row per file: candidate, email, score, sub-scores, top failed checks, status, failure reason, duplicate of, report link")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/summary.json", GetSummary.JsonAsync)
            .WithName("GetBatchSummary")
            .WithSummary("Score distribution, sub-score averages, most failed checks, ATS readability and missing posting skills")
            .Produces<Resume.Model.BatchSummary>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/summary.pdf", GetSummary.PdfAsync)
            .WithName("GetBatchSummaryPdf")
            .WithSummary("The summary as a PDF for a career centre's staff, with the score distribution as a chart")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/reports.zip", GetReports.HandleAsync)
            .WithName("GetBatchReports")
            .WithSummary("Every completed student's report PDF and optimized resume, named after the uploaded files, streamed")
            .Produces(StatusCodes.Status200OK, contentType: "application/zip")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        batches.MapGet("/{id:guid}/deliveries", BatchDeliveries.ListAsync)
            .WithName("GetBatchDeliveries")
            .WithSummary("The batch's batch.completed callback and every attempt at it: time, status code or error, next attempt")
            .Produces<DeliveryList>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        batches.MapPost("/{id:guid}/deliveries/{deliveryId:guid}/retry", BatchDeliveries.RetryAsync)
            .WithName("RetryBatchDelivery")
            .WithSummary("Send the batch's callback again now, whatever its state, with a fresh retry schedule")
            .Produces<DeliveryView>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .DisableAntiforgery();

        batches.MapDelete("/{id:guid}", DeleteBatch.HandleAsync)
            .WithName("DeleteBatch")
            .WithSummary("Erase the batch: every scan in it, their files and personal data")
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }
}
