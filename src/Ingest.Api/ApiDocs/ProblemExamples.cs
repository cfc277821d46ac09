using Ingest.Api.Problems;

namespace Ingest.Api.ApiDocs;

/// <summary>The problem document an operation's error answer shows as its example: the likeliest problem of that status.</summary>
internal static class ProblemExamples
{
    /// <summary>Where the first problem of a status in <see cref="ProblemTypes.All"/> is not the one a route answers with.</summary>
    private static readonly Dictionary<(string Operation, int Status), string> Chosen = new()
    {
        [("SubmitScan", 400)] = ProblemTypes.CallbackUrlRefused,
        [("SubmitScan", 422)] = ProblemTypes.IdempotencyKeyReused,
        [("GetResume", 404)] = ProblemTypes.ResultNotReady,
        [("GetScore", 404)] = ProblemTypes.ResultNotReady,
        [("GetReportHtml", 404)] = ProblemTypes.ResultNotReady,
        [("GetReportPdf", 404)] = ProblemTypes.ResultNotReady,
        [("GetOptimizedPdf", 404)] = ProblemTypes.ResultNotReady,
        [("GetOptimizedDocx", 404)] = ProblemTypes.ResultNotReady,
        [("GetScanDeliveries", 404)] = ProblemTypes.ScanNotFound,
        [("SubmitBatch", 400)] = ProblemTypes.CallbackUrlRefused,
        [("SubmitBatch", 422)] = ProblemTypes.NoResumes,
        [("GetBatch", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatch", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchEvents", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatchEvents", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchResults", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatchResults", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchSummary", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatchSummary", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchSummaryPdf", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatchSummaryPdf", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchReports", 404)] = ProblemTypes.BatchNotFound,
        [("GetBatchReports", 410)] = ProblemTypes.BatchDeleted,
        [("GetBatchDeliveries", 404)] = ProblemTypes.BatchNotFound,
        [("RetryBatchDelivery", 404)] = ProblemTypes.DeliveryNotFound,
        [("DeleteBatch", 404)] = ProblemTypes.BatchNotFound,
        [("RetryScanDelivery", 404)] = ProblemTypes.DeliveryNotFound,
        [("ConfirmSubscription", 400)] = ProblemTypes.InvalidToken,
        [("ConfirmSubscriptionPage", 400)] = ProblemTypes.InvalidToken,
        [("Unsubscribe", 400)] = ProblemTypes.InvalidToken,
    };

    /// <summary>A validation problem's members, for 400s that name the fields at fault.</summary>
    private static readonly Dictionary<string, Dictionary<string, string[]>> Invalid = new(StringComparer.Ordinal)
    {
        ["SubmitScan"] = new() { ["role"] = ["Unknown role 'astronaut'. Known roles: backend-developer, data-engineer, frontend-developer."] },
        ["SubmitBatch"] = new() { ["contactEmail"] = ["'careers@' is not an email address; write it as name@example.com."] },
        ["ListBatches"] = new() { ["page"] = ["page starts at 1; pageSize is 1 to 100 (default 20)."] },
        ["Subscribe"] = new() { ["email"] = ["'ada@' is not an email address; write it as name@example.com."] },
        ["SendDigest"] = new() { ["week"] = ["'next' is not an ISO week; write it as YYYY-Www, for example 2026-W49."] },
        ["PreviewDigest"] = new() { ["week"] = ["'next' is not an ISO week; write it as YYYY-Www, for example 2026-W49."] },
        ["CreateTenant"] = new() { ["name"] = ["Send JSON {\"name\": \"…\"} with a name of 1 to 100 characters, without control characters."] },
        ["SetUploadAllowance"] = new() { ["uploadsPerWindow"] = ["Send JSON {\"uploadsPerWindow\": N} with N from 1 to 10000000, or null for the Tenants:UploadsPerWindow setting."] },
        ["RotateApiKey"] = new() { ["graceHours"] = [Tenants.GracePeriod.Rule] },
        ["RotateSigningSecret"] = new() { ["graceHours"] = [Tenants.GracePeriod.Rule] },
    };

    public static object? For(string operation, int status, bool validation)
    {
        if (validation || (status == 400 && Invalid.ContainsKey(operation) && !Chosen.ContainsKey((operation, status))))
        {
            return new
            {
                type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
                title = "One or more validation errors occurred.",
                status = 400,
                errors = Invalid.GetValueOrDefault(operation) ?? new Dictionary<string, string[]> { ["field"] = ["What is wrong with it, in a sentence."] },
            };
        }
        var problem = Chosen.TryGetValue((operation, status), out var code)
            ? ProblemTypes.All.Single(p => p.Code == code)
            : ProblemTypes.All.FirstOrDefault(p => p.Status == status);
        return problem is null
            ? null
            : new { type = $"https://tools.ietf.org/html/rfc9110", title = problem.Title, status = problem.Status, detail = problem.Meaning, code = problem.Code };
    }
}
