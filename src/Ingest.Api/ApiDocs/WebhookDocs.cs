using System.Text.Json.Nodes;
using Ingest.Api.Callbacks;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ingest.Api.ApiDocs;

/// <summary>
/// The callbacks a tenant receives, as OpenAPI webhooks: <c>scan.completed</c>, <c>scan.failed</c> and
/// <c>batch.completed</c>, each a signed POST (Standard Webhooks headers) with its body's schema and an example, and
/// what the receiver's answer means for the delivery.
/// </summary>
internal sealed class WebhookDocs : IOpenApiDocumentTransformer
{
    public const string BatchCompleted = Batches.Notices.BatchCompletedEvent.Type;

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Webhooks = new Dictionary<string, IOpenApiPathItem>
        {
            [CallbackEvent.Completed] = Hook(document, CallbackEvent.Completed, "ScanView",
                "A tenant's scan with a callbackUrl completed: the scan as GET /api/v1/scans/{id} shows it, links absolute.",
                WebhookPayload.ToJson(CallbackEvent.Completed, ApiExamples.EventTime, ApiExamples.CompletedScanCallback)),
            [CallbackEvent.Failed] = Hook(document, CallbackEvent.Failed, "ScanView",
                "A tenant's scan with a callbackUrl failed: `data.failure` says at which stage and why (a stable code and a sentence).",
                WebhookPayload.ToJson(CallbackEvent.Failed, ApiExamples.EventTime, ApiExamples.FailedScanCallback)),
            [BatchCompleted] = Hook(document, BatchCompleted, "BatchView",
                "A tenant's batch with a callbackUrl finished: every file in it completed, failed or was skipped; the batch as " +
                "GET /api/v1/batches/{id} shows it (without its entries), links absolute.",
                WebhookPayload.ToJson(BatchCompleted, ApiExamples.EventTime, ApiExamples.Batch("completed", 114, 3, ApiExamples.EventTime, withEntries: false, absolute: true))),
        };
        return Task.CompletedTask;
    }

    private static OpenApiPathItem Hook(OpenApiDocument document, string type, string dataSchema, string description, string exampleJson)
    {
        var body = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Required = new HashSet<string> { "type", "timestamp", "data" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type)!] },
                ["timestamp"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the event happened." },
                ["data"] = new OpenApiSchemaReference(dataSchema, document),
            },
        };
        var operation = new OpenApiOperation
        {
            OperationId = "Webhook" + string.Concat(type.Split('.').Select(p => char.ToUpperInvariant(p[0]) + p[1..])),
            Summary = $"{type} callback",
            Description = description + " Sent once per event and retried with the same body and webhook-id until the receiver answers 2xx " +
                          "(about 31 hours: 5 s, 30 s, 2 min, 10 min, 30 min, 1 h, 2 h, 4 h, 8 h, 8 h, 8 h), or answers 410 Gone. " +
                          "Verify webhook-signature before trusting the body; drop repeats by webhook-id.",
            Tags = new HashSet<OpenApiTagReference> { new("Scans", document) },
            Parameters =
            [
                Header("webhook-id", "The event's id, the same on every attempt (msg_ + 32 hex digits): drop repeats by it.", "msg_7e1d2c3b4a5946879c0b1a2b3c4d5e6f"),
                Header("webhook-timestamp", "Unix seconds when this attempt was signed; refuse ones far from your clock.", "1796030106"),
                Header("webhook-signature",
                    "Space-separated `v1,<base64 HMAC-SHA256>` signatures of `{webhook-id}.{webhook-timestamp}.{body}`, keyed with the base64-decoded part of the " +
                    "tenant's `whsec_` secret. One normally; two during a signing-secret rotation's grace period (new and old secret): accept the message when any verifies.",
                    "v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4= v1,Z4e8t2Lq1yY0bX7cVvN3mKpR6sT9uW2aD5fG8hJ1kL0="),
            ],
            RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new() { Schema = body, Example = JsonNode.Parse(exampleJson) },
                },
            },
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse { Description = "Any 2xx: delivered; not sent again." },
                ["410"] = new OpenApiResponse { Description = "Gone: the endpoint is gone for good; this delivery is not sent again." },
                ["429"] = new OpenApiResponse { Description = "Too many requests: retried, not sooner than its Retry-After (up to Callbacks:RetryAfterLimit, 8 h)." },
                ["503"] = new OpenApiResponse { Description = "Unavailable: retried, not sooner than its Retry-After (up to Callbacks:RetryAfterLimit, 8 h). Any other answer, a redirect or none is retried on the schedule." },
            },
            Security = [new OpenApiSecurityRequirement()],
        };
        return new OpenApiPathItem { Operations = new Dictionary<HttpMethod, OpenApiOperation> { [HttpMethod.Post] = operation } };
    }

    private static OpenApiParameter Header(string name, string description, string example) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        Example = JsonValue.Create(example),
    };
}
