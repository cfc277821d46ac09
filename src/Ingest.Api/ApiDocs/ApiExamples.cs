using Ingest.Api.Batches;
using Ingest.Api.Batches.Notices;
using Ingest.Api.Batches.Read;
using Ingest.Api.Callbacks;
using Ingest.Api.Callbacks.Deliveries;
using Ingest.Api.Scans;
using Ingest.Api.Scans.Submit;
using Ingest.Api.Subscribers.Digest;
using Ingest.Api.Subscribers.Pages;
using Ingest.Api.Subscribers.Subscribe;
using Ingest.Api.Subscribers.Suppression;
using Ingest.Api.Tenants;
using Ingest.Api.Web;

namespace Ingest.Api.ApiDocs;

/// <summary>
/// The example requests and answers the OpenAPI document shows, by operation: made from the API's own records, so an
/// example has the shape the route really answers with. Problem answers get theirs from <see cref="ProblemExamples"/>.
/// </summary>
internal static class ApiExamples
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 9, 15, 2, TimeSpan.Zero);
    private static readonly DateTimeOffset Finished = Created.AddSeconds(4);
    private const string ScanId = "5c0f3a9e4b7d4e21a8c6f1d2e3b4a596";
    private static readonly Guid TenantId = Guid.Parse("0b9d6a4e-2f1c-4d8e-9a7b-3c5e6f708192");
    private static readonly Guid DeliveryId = Guid.Parse("7e1d2c3b-4a59-4687-9c0b-1a2b3c4d5e6f");
    private static readonly string[] AllFiles = ["resume", "score", "reportHtml", "reportPdf", "optimizedPdf", "optimizedDocx"];

    /// <summary>Request body and answers (by status) of each operation that has JSON in or out.</summary>
    public static readonly IReadOnlyDictionary<string, OperationExamples> ByOperation = new Dictionary<string, OperationExamples>(StringComparer.Ordinal)
    {
        ["SubmitScan"] = new(new { file = "(the resume file: PDF, DOCX, TXT or Markdown, or a JPEG or PNG photo of it)", role = "backend-developer", jobDescription = "We are hiring a backend developer with C# and PostgreSQL…", callbackUrl = "https://hooks.example.com/resume-scans" },
            new() { [202] = Scan("accepted", null, Created, null, []) }),
        ["GetScan"] = new(null, new() { [200] = CompletedScan }),
        ["GetScanDeliveries"] = new(null, new() { [200] = new DeliveryList([Delivery]) }),
        ["RetryScanDelivery"] = new(null, new()
        {
            [202] = Delivery with { Status = DeliveryView.Pending, NextAttemptAt = Finished.AddMinutes(12), DeliveredAt = null },
        }),
        ["ListRoles"] = new(null, new() { [200] = new[] { new RoleView("backend-developer", "Backend Developer") } }),
        ["Subscribe"] = new(new SubscribeRequest("ada@example.com", "data-engineer"), new() { [202] = new SubscribeAccepted(SubscribeToDigest.AcceptedMessage) }),
        ["ConfirmSubscriptionPage"] = new(null, new() { [200] = new SubscriptionAnswer("pending", "POST to this address to confirm the subscription.") }),
        ["ConfirmSubscription"] = new(null, new()
        {
            [200] = new SubscriptionAnswer("confirmed", "Résumé tips for the Data Engineer role will arrive once a week. Every mail has a link that stops them with one click."),
        }),
        ["Unsubscribe"] = new(null, new()
        {
            [200] = new SubscriptionAnswer("unsubscribed", "No more tips will be mailed to you. Your address is deleted within 30 days."),
        }),
        ["SendDigest"] = new(null, new() { [200] = new DigestRunResult("2026-W49", 9812, 3, 2) }),
        ["ListSuppressedAddresses"] = new(null, new()
        {
            [200] = new SuppressedList(1, [new SuppressedAddress("gone@example.com", "backend-developer", Finished, "550 5.1.1 Mailbox unavailable")]),
        }),
        ["SubmitBatch"] = new(new
            {
                file = "(one ZIP of resumes; or repeated 'files' fields, one resume each)", role = "auto", jobDescription = "We are hiring graduate software engineers…",
                callbackUrl = "https://hooks.example.edu/batches", contactEmail = "careers@example.edu",
            },
            new() { [202] = Batch("accepted", 0, 0, null, withEntries: true) }),
        ["ListBatches"] = new(null, new() { [200] = new BatchPage([Batch("completed", 114, 3, Finished.AddMinutes(6), withEntries: false)], 1, 20, 1, null) }),
        ["GetBatch"] = new(null, new() { [200] = Batch("running", 61, 2, null, withEntries: true) }),
        ["GetBatchSummary"] = new(null, new() { [200] = BatchSummaryExample }),
        ["GetBatchDeliveries"] = new(null, new() { [200] = new DeliveryList([Delivery with { Event = BatchCompletedEvent.Type }]) }),
        ["RetryBatchDelivery"] = new(null, new()
        {
            [202] = Delivery with { Event = BatchCompletedEvent.Type, Status = DeliveryView.Pending, NextAttemptAt = Finished.AddMinutes(12), DeliveredAt = null },
        }),
        ["CreateTenant"] = new(new CreateTenantRequest("Acme Hiring"), new()
        {
            [201] = new TenantCreated(TenantId, "Acme Hiring", "rpk_q3Xk7mP0vW2sY9tB4nH6jL8cF1dR5gA0eZ3uI7oK2xM", "whsec_MfKQ9r8GKYqXTO4W8d2GZb0VZlB7HnT0xYd4k1rJc2Q="),
        }),
        ["ListTenants"] = new(null, new() { [200] = new TenantList([Tenant]) }),
        ["GetTenant"] = new(null, new() { [200] = Tenant }),
        ["SetUploadAllowance"] = new(new UploadAllowanceRequest(1200), new() { [200] = Tenant with { UploadsPerWindow = 1200, OwnAllowance = true } }),
        ["DeleteTenant"] = new(null, new() { [202] = Tenant with { Status = "deleting", ApiKeys = [] } }),
        ["RotateApiKey"] = new(new RotationRequest(24), new() { [200] = new ApiKeyRotated("rpk_Zt8bW3nQ5xK1mV7cP2sJ9hF4gD6aL0eR3uY8iO1kT5w", Finished.AddHours(24)) }),
        ["RotateSigningSecret"] = new(new RotationRequest(24), new()
        {
            [200] = new SigningSecretRotated("whsec_8a1S0m4Yf2pHk3bQ9ZcN7vX5wR6tE1uJ0gL4dK2iO8M=", Finished.AddHours(24)),
        }),
    };

    public static ScanView CompletedScan => Scan("completed", 82, Created, Finished, AllFiles);

    /// <summary>A scan as a callback carries it: links absolute on <c>PublicBaseUrl</c>.</summary>
    public static ScanView CompletedScanCallback => Scan("completed", 82, Created, Finished, AllFiles, absolute: true);

    public static ScanView FailedScanCallback => Scan("failed", null, Created, Finished, [], absolute: true) with
    {
        Failure = new ScanFailureView("parse", "corrupt", "The PDF is damaged and could not be read. Export it again from the program you wrote it in."),
    };

    private static DeliveryView Delivery => new(
        DeliveryId, WebhookSignature.IdOf(DeliveryId), CallbackEvent.Completed, "https://hooks.example.com/resume-scans", DeliveryView.Delivered, Finished,
        null, Finished.AddSeconds(36), null, 200, "The receiver answered 503: maintenance",
        [
            new AttemptView(Finished, 212, 503, "The receiver answered 503: maintenance", Finished.AddSeconds(35)),
            new AttemptView(Finished.AddSeconds(35), 98, 200, null, null),
        ]);

    private static TenantView Tenant => new(TenantId, "Acme Hiring", "active", Created.AddDays(-40), 600, false,
        [new ApiKeyView("rpk_Zt8bW3nQ5xK1", Finished, null), new ApiKeyView("rpk_q3Xk7mP0vW2s", Created.AddDays(-40), Finished.AddHours(24))],
        Finished.AddHours(24));

    public static DateTimeOffset EventTime => Finished;

    /// <summary>A batch of 120 files as its routes (and, links absolute, its <c>batch.completed</c> callback) show it.</summary>
    public static BatchView Batch(string status, int completed, int failed, DateTimeOffset? finished, bool withEntries, bool absolute = false)
    {
        var self = $"{(absolute ? "https://scanner.example.com" : "")}/api/v1/batches/{BatchId}";
        var links = new Dictionary<string, string> { ["self"] = self };
        foreach (var (link, route) in BatchView.ResultRoutes)
        {
            links[link] = $"{self}/{route}";
        }
        var started = status == "accepted" ? (DateTimeOffset?)null : Created.AddSeconds(9);
        return new BatchView(BatchId, status, "auto", 117, completed, failed, 2, 1, Created, started, finished,
            status == "accepted" ? null : 19.5, status == "completed" ? 0 : status == "running" ? 166 : null, links,
            withEntries
                ?
                [
                    new BatchEntryView("cohort/__notes/cv.zip", "refused", "nested-archive", "The entry is a ZIP archive; archives inside the batch are not opened. Put the resumes in the batch's own ZIP.", null),
                    new BatchEntryView("cohort/slides.key", "refused", "unsupported-type", FileTypeSniffer.UnknownTypeMessage, null),
                    new BatchEntryView("cohort/ana-lima (1).pdf", "duplicate", "duplicate", "The same file as cohort/ana-lima.pdf, which is scanned for both.", "cohort/ana-lima.pdf"),
                ]
                : null);
    }

    private const string BatchId = "9a8b7c6d5e4f40318293a4b5c6d7e8f9";

    private static Resume.Model.BatchSummary BatchSummaryExample => new()
    {
        BatchId = BatchId, Status = "completed", Role = "auto", RoleTitle = "best-fitting", Source = "spring-fair.zip",
        CreatedAt = Created, FinishedAt = Finished.AddMinutes(6), Total = 117, Completed = 114, Failed = 3, Skipped = 2, Duplicates = 1,
        Scores = new Resume.Model.ScoreSpread
        {
            Average = 71.4, Median = 73, Strong = 31, Fair = 58, Low = 25,
            Distribution = [.. new[] { 0, 1, 2, 3, 6, 13, 24, 34, 22, 9 }.Select((count, band) => new Resume.Model.ScoreRange(band * 10, band == 9 ? 100 : band * 10 + 9, count))],
        },
        Subscores = [new("ats", "ATS readability", 86.2), new("structure", "Structure", 74.9), new("content", "Content", 58.3), new("skills", "Skills", 69.0)],
        FailedChecks = [new("quantified-impact", "Results measured in numbers", 71, 0.623), new("action-verbs", "Bullets open with strong action verbs", 44, 0.386)],
        Readability = new Resume.Model.AtsReadability { Parsed = 116, ImageOnly = 2, MultiColumn = 9, Unreadable = 11, Share = 0.095, NotRead = 1 },
        MissingSkills = [new("Kubernetes", 88, 0.772), new("Terraform", 61, 0.535)],
        Failures = [new("corrupt", 2), new("encrypted", 1)],
    };

    private static ScanView Scan(string status, int? score, DateTimeOffset created, DateTimeOffset? completed, IEnumerable<string> files, bool absolute = false)
    {
        var self = $"{(absolute ? "https://scanner.example.com" : "")}/api/v1/scans/{ScanId}";
        var links = new Dictionary<string, string> { ["self"] = self };
        foreach (var file in ScanResultFile.All.Where(f => files.Contains(f.Link)))
        {
            links[file.Link] = $"{self}/{file.Route}";
        }
        return new ScanView(ScanId, status, "backend-developer", score, null, links, created, completed);
    }
}

/// <param name="Request">The JSON (or form fields) sent; null when the route takes no body.</param>
/// <param name="Responses">The answer for each success status.</param>
internal sealed record OperationExamples(object? Request, Dictionary<int, object> Responses);
