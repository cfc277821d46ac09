using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pipeline.Testing;

namespace Pipeline.Reliability.Tests.Faults;

/// <summary>What a fault did to the batch that ran through it, as the batch table shows it.</summary>
public sealed record BatchFaultRow(
    int Order,
    string Fault,
    int Files,
    int Completed,
    int Failed,
    int Skipped,
    int Duplicates,
    int Lost,
    int CsvRows,
    int CsvMatched,
    int Callbacks,
    int Mails,
    double? RecoverySeconds,
    string Notes)
{
    /// <summary>The failures by stage and code, e.g. "parse/corrupt 6, parse/encrypted 6".</summary>
    public string FailedBy { get; init; } = "";

    /// <summary>Batch scans that ended more than once (by the API's log or a blob written twice).</summary>
    public int EndedTwice { get; init; }
}

/// <summary>The batch's row, what the audit found wrong with it, and how each of its scans ended (for the queue and once-only checks).</summary>
public sealed record BatchFindings(BatchFaultRow Row, IReadOnlyList<string> Problems, IReadOnlyDictionary<Guid, ScanState> Scans);

/// <summary>
/// After a fault, the batch that ran through it: it ends <c>completed</c>; its counts add up to what was sent (resumes
/// and bad PDFs scanned, files of other kinds skipped, repeats listed as duplicates); every scan in it ended, bad files
/// with their code; <c>results.csv</c> has one row per file whose status, score and failure code are the scan's own
/// (<c>GET /api/v1/scans/{id}</c>); <c>summary.json</c> counts as the batch does; and the tenant got exactly one
/// <c>batch.completed</c> event and its contact exactly one mail.
/// </summary>
public sealed class BatchAudit(DistributedStack stack, CreatedTenant tenant, CallbackReceiver receiver, MailCatcher mail)
{
    /// <summary>How long a batch may take to end after the fault was undone.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(10);

    /// <summary>How long its notices may take once it ended (the callback and mail are Hangfire jobs, retried).</summary>
    private static readonly TimeSpan NoticePatience = TimeSpan.FromMinutes(3);

    public async Task<BatchFindings> RunAsync(FaultCase fault, BatchSubmission submission, string contactEmail, DateTimeOffset restoredAt)
    {
        var problems = new List<string>();
        var notes = new List<string>();
        var sent = submission.Batch;
        if (submission.Accepted is not { } accepted)
        {
            problems.Add($"the batch was never accepted: {submission.Refusal}");
            return new BatchFindings(new BatchFaultRow(fault.Order, fault.Name, sent.Entries.Count, 0, 0, 0, 0, sent.Scanned, 0, 0, 0, 0, null, ""), problems,
                new Dictionary<Guid, ScanState>());
        }
        if (submission.Answers.Count > 1)
        {
            notes.Add($"accepted on try {submission.Answers.Count} ({string.Join(", ", submission.Answers.SkipLast(1))})");
        }
        using var http = stack.CreateApiClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", tenant.ApiKey);

        var batch = await WaitForEndAsync(http, accepted.Id);
        if (batch is not { IsComplete: true })
        {
            problems.Add($"the batch is still {batch?.Status ?? "unknown"} after {Patience.TotalMinutes:0} minutes: {batch?.Completed + batch?.Failed} of {batch?.Total} ended");
        }
        batch ??= accepted;
        if ((batch.Total, batch.Skipped, batch.Duplicates) != (sent.Scanned, sent.Skipped, sent.Duplicates))
        {
            problems.Add($"the batch counts {batch.Total} scanned, {batch.Skipped} skipped, {batch.Duplicates} duplicates; {sent.Scanned}, {sent.Skipped} and {sent.Duplicates} were sent");
        }
        if (batch.IsComplete && batch.Completed + batch.Failed != batch.Total)
        {
            problems.Add($"the batch is complete with {batch.Completed} completed and {batch.Failed} failed of {batch.Total}");
        }

        // Its scans, by the API's own record, each as the scan route shows it.
        var scanIds = await new ScanLedger(stack).BatchScansAsync(accepted.Id);
        var states = new Dictionary<Guid, ScanState>();
        foreach (var entry in sent.Entries.Where(e => e.Kind is not (BatchEntryKind.Unsupported or BatchEntryKind.Duplicate)))
        {
            if (!scanIds.TryGetValue(entry.Name, out var id))
            {
                problems.Add($"{entry.Name} has no scan");
                continue;
            }
            var state = await http.GetFromJsonAsync<ScanState>($"/api/v1/scans/{id}", ScanState.Json);
            states[id] = state!;
            if (!state!.IsFinal)
            {
                problems.Add($"batch scan {id:N} ({entry.Name}) is lost: {state.Status}");
            }
            else if (entry.ExpectedCode is { } code && (state.Status != "failed" || state.Failure?.Code != code))
            {
                problems.Add($"the bad file {entry.Name} ended {state.Status} ({state.Failure?.Code}), not failed as {code}");
            }
            else if (state.Status == "failed" && state.Failure is not { Stage.Length: > 0, Code.Length: > 0, Message.Length: > 0 })
            {
                problems.Add($"batch scan {id:N} failed without a stage, code and sentence");
            }
        }
        var completed = states.Values.Count(s => s.Status == "completed");
        var failed = states.Values.Where(s => s.Status == "failed").ToList();
        if (batch.IsComplete && (batch.Completed, batch.Failed) != (completed, failed.Count))
        {
            problems.Add($"the batch counts {batch.Completed} completed and {batch.Failed} failed; its scans say {completed} and {failed.Count}");
        }

        var (csvRows, csvMatched) = await AuditCsvAsync(http, accepted.Id, sent, scanIds, states, problems);
        await AuditSummaryAsync(http, batch, problems);
        var callbacks = await AuditCallbackAsync(batch, problems, notes);
        var mails = await AuditMailAsync(batch, contactEmail, problems);

        double? recovery = batch is { IsComplete: true, FinishedAt: { } finished } ? Math.Max(0, (finished - restoredAt).TotalSeconds) : null;
        var row = new BatchFaultRow(fault.Order, fault.Name, sent.Entries.Count, completed, failed.Count, batch.Skipped, batch.Duplicates,
            states.Values.Count(s => !s.IsFinal) + sent.Scanned - states.Count, csvRows, csvMatched, callbacks, mails, recovery, string.Join("; ", notes))
        {
            FailedBy = string.Join(", ", failed.GroupBy(s => $"{s.Failure?.Stage}/{s.Failure?.Code}").OrderBy(g => g.Key).Select(g => $"{g.Key} {g.Count()}")),
        };
        return new BatchFindings(row, problems, states);
    }

    private static async Task<BatchState?> WaitForEndAsync(HttpClient http, string id)
    {
        BatchState? state = null;
        await FaultSuite.Until(async () =>
        {
            try
            {
                state = await http.GetFromJsonAsync<BatchState>($"/api/v1/batches/{id}", BatchState.Json);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // The API is on its way back; ask again.
            }
            return state is { IsComplete: true };
        }, Patience, pollMs: 500);
        return state;
    }

    /// <summary>One row per file sent, in the order sent; each scanned file's status, score and failure code the scan's own.</summary>
    private static async Task<(int Rows, int Matched)> AuditCsvAsync(
        HttpClient http, string batchId, PartnerBatch sent, IReadOnlyDictionary<string, Guid> scanIds, Dictionary<Guid, ScanState> states, List<string> problems)
    {
        var text = Encoding.UTF8.GetString(await http.GetByteArrayAsync($"/api/v1/batches/{batchId}/results.csv"));
        var csv = CsvTable.Parse(text.TrimStart('\uFEFF'));
        var files = csv.Column("File").ToList();
        if (!files.SequenceEqual(sent.Entries.Select(e => e.Name)))
        {
            problems.Add($"results.csv lists {files.Count} files ({files.Distinct().Count()} names) for the {sent.Entries.Count} sent, or not in their order");
        }
        ScanState? ScanOf(string file) => scanIds.TryGetValue(file, out var id) ? states.GetValueOrDefault(id) : null;
        static string Score(ScanState scan) => scan.Score?.ToString(CultureInfo.InvariantCulture) ?? "";
        var matched = 0;
        for (var i = 0; i < csv.Rows.Count; i++)
        {
            var (file, status, score, reason, duplicateOf) = (csv.Cell(i, "File"), csv.Cell(i, "Status"), csv.Cell(i, "Score"), csv.Cell(i, "Failure reason"), csv.Cell(i, "Duplicate of"));
            var entry = sent.Entries.FirstOrDefault(e => e.Name == file);
            (string Status, string Score, string Code, string DuplicateOf)? expected = entry?.Kind switch
            {
                null => null,
                BatchEntryKind.Unsupported => ("refused", "", "unsupported-type", ""),
                // A repeat shows the figures of the file it repeats.
                BatchEntryKind.Duplicate => ScanOf(entry.DuplicateOf!) is { } original
                    ? ("duplicate", Score(original), original.Failure?.Code ?? "", entry.DuplicateOf!)
                    : null,
                _ => ScanOf(file) is { } scan ? (scan.Status, Score(scan), scan.Failure?.Code ?? "", "") : null,
            };
            var actual = (status, score, reason.Split(':')[0], duplicateOf);
            if (expected == actual)
            {
                matched++;
            }
            else
            {
                problems.Add($"results.csv says {file} is {actual}; the batch and its scans say {expected?.ToString() ?? "it was never sent"}");
            }
        }
        return (csv.Rows.Count, matched);
    }


    private static async Task AuditSummaryAsync(HttpClient http, BatchState batch, List<string> problems)
    {
        using var summary = JsonDocument.Parse(await http.GetStringAsync($"/api/v1/batches/{batch.Id}/summary.json"));
        var root = summary.RootElement;
        int Count(string name) => root.GetProperty(name).GetInt32();
        var counted = (Count("total"), Count("completed"), Count("failed"), Count("skipped"), Count("duplicates"));
        if (counted != (batch.Total, batch.Completed, batch.Failed, batch.Skipped, batch.Duplicates))
        {
            problems.Add($"summary.json counts {counted}; the batch {(batch.Total, batch.Completed, batch.Failed, batch.Skipped, batch.Duplicates)}");
        }
        var failures = root.GetProperty("failures").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        if (failures != batch.Failed)
        {
            problems.Add($"summary.json tallies {failures} failures by code for the batch's {batch.Failed} failed");
        }
    }

    /// <summary>Exactly one <c>batch.completed</c> event (one <c>webhook-id</c>, however often it was delivered), with the batch's counts.</summary>
    private async Task<int> AuditCallbackAsync(BatchState batch, List<string> problems, List<string> notes)
    {
        var id = Guid.Parse(batch.Id);
        List<(string? WebhookId, JsonElement Data)> events = [];
        await FaultSuite.Until(() =>
        {
            events = [.. receiver.Received
                .Select(c => (c.WebhookId, Body: JsonDocument.Parse(c.Body).RootElement))
                .Where(c => c.Body.GetProperty("type").GetString() == "batch.completed"
                            && Guid.TryParse(c.Body.GetProperty("data").GetProperty("id").GetString(), out var of) && of == id)
                .Select(c => (c.WebhookId, c.Body.GetProperty("data")))];
            return Task.FromResult(events.Count > 0);
        }, batch.IsComplete ? NoticePatience : TimeSpan.Zero, pollMs: 500);
        var distinct = events.Select(e => e.WebhookId).Distinct().Count();
        if (distinct != 1)
        {
            problems.Add($"the batch's batch.completed callback came as {distinct} events ({events.Count} deliveries)");
        }
        foreach (var (_, data) in events.Take(1))
        {
            var counted = (data.GetProperty("status").GetString(), data.GetProperty("total").GetInt32(), data.GetProperty("completed").GetInt32(), data.GetProperty("failed").GetInt32());
            if (counted != ("completed", batch.Total, batch.Completed, batch.Failed))
            {
                problems.Add($"the batch.completed callback says {counted}; the batch {("completed", batch.Total, batch.Completed, batch.Failed)}");
            }
        }
        if (events.Count > distinct)
        {
            notes.Add($"batch.completed delivered {events.Count} times with one webhook-id");
        }
        return distinct;
    }

    /// <summary>Exactly one mail to the batch's contact, with its figures.</summary>
    private async Task<int> AuditMailAsync(BatchState batch, string contactEmail, List<string> problems)
    {
        await FaultSuite.Until(() => mail.To(contactEmail).Count > 0, batch.IsComplete ? NoticePatience : TimeSpan.Zero);
        var mails = mail.To(contactEmail);
        if (mails.Count != 1)
        {
            problems.Add($"the batch's contact got {mails.Count} completion mails");
        }
        foreach (var message in mails.Take(1))
        {
            var headline = $"{batch.Completed:N0} of {batch.Total:N0} resumes scored";
            if (message.Subject?.Contains(headline, StringComparison.Ordinal) != true)
            {
                problems.Add($"the completion mail says \"{message.Subject}\", not \"{headline}\"");
            }
        }
        return mails.Count;
    }
}
