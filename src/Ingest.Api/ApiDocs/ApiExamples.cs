using Ingest.Api.Callbacks;
using Ingest.Api.Callbacks.Deliveries;
using Ingest.Api.Scans;
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
